import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0], requires_grad=True)
c = torch.cat([a, b, a])
(c * torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])).sum().backward()
print(a.grad, b.grad)
s = torch.stack([a, a * 2], dim=1)
print(s)
s.sum().backward()
print(a.grad)
