import torch

x = torch.tensor([1.5, -2.0], requires_grad=True)
y = torch.square(x)
print(y, torch.tensor([3, 4]).square(), torch.tensor([True, False]).square())
y.sum().backward()
print(x.grad)
