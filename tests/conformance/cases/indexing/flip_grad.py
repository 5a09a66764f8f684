import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x.flip(0) * torch.tensor([1.0, 10.0, 100.0])
print(y)
y.sum().backward()
print(x.grad)
