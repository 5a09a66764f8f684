import torch

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
r = a.repeat(2, 2)
print(r)
(r * torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])).sum().backward()
print(a.grad)
