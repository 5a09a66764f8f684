import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
print(y.retains_grad, x.retains_grad)
y.retain_grad()
y.retain_grad()
x.retain_grad()
print(y.retains_grad, x.retains_grad)
z = (y ** 2).sum()
z.backward(retain_graph=True)
print(y.grad, x.grad)
z2 = (y * 10).sum()
z2.backward()
print(y.grad)
try:
    torch.tensor([1.0]).retain_grad()
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
