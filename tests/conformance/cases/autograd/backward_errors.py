import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    (x * 2).backward()
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.tensor([1.0]).backward()
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    (x * 2).backward(torch.ones_like(x).unsqueeze(0))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    (x * 2).sum().backward(x)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)

(x * 2).backward(torch.tensor([1.0, 10.0]))
print(x.grad)
