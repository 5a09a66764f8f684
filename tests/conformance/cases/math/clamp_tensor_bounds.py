import torch

x = torch.tensor([0.0, 5.0, 2.0], requires_grad=True)
lo = torch.tensor([1.0, 1.0, 1.0], requires_grad=True)
hi = torch.tensor([4.0, 4.0, 4.0], requires_grad=True)
y = torch.clamp(x, lo, hi)
print(y)
y.sum().backward()
print(x.grad, lo.grad, hi.grad)
