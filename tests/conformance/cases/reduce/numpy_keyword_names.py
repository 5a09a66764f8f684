import torch

t = torch.tensor([[1.0, 2.0, 5.0], [3.0, 4.0, -1.0]])
print(torch.sum(t, axis=0, keepdims=True), t.sum(keepdims=True, axis=1))
print(t.sum(1, keepdims=True), torch.sum(a=t))
print(torch.mean(t, axis=(0, 1), keepdims=True), t.prod(axis=1, keepdims=True))
print(torch.max(t, axis=0, keepdims=True))
print(t.min(1, keepdims=True), torch.amax(t, axis=1, keepdims=True), t.amin(axis=0))
print(torch.argmax(t, axis=1, keepdims=True), t.argmin(axis=0, keepdims=True))
print(torch.all(t > 0, axis=0, keepdims=True), (t > 0).any(axis=1, keepdims=True))
print(t.std(axis=0, keepdims=True), torch.var(t, axis=1, keepdims=True))
print(torch.cumsum(t, axis=0), torch.softmax(t, axis=0))
print(torch.cat([t, t], axis=0).shape, torch.stack([t, t], axis=2).shape)
print(torch.exp(x=t), torch.abs(input=t))
print(torch.add(x1=t, x2=t), torch.mul(t, x2=t), t.add(x2=t), torch.where(t > 2, t, x2=t))
for call in [lambda: torch.sum(t, dim=0, axis=0), lambda: t.sum(keepdim=True, keepdims=True)]:
    try:
        call()
    except TypeError as e:
        print("TypeError")
