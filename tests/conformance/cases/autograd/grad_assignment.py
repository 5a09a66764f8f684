import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
x.grad = torch.zeros(3)
print(x.grad)
(x * 2).sum().backward()
print(x.grad)
try:
    setattr(x, 'grad', torch.zeros(2))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    setattr(x, 'grad', torch.zeros(3, dtype=torch.float64))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    setattr(x, 'grad', 5)
except (TypeError) as e:
    print(type(e).__name__ + ":", e)
