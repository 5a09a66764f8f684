import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
c = torch.sub(a, b, alpha=3)
print(c)
c.sum().backward()
print(a.grad, b.grad)
