import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x[[0, 2, 0, 0]]
print(y)
(y * torch.tensor([1.0, 2.0, 3.0, 4.0])).sum().backward()
print(x.grad)
