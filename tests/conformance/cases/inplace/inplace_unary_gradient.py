import torch

x = torch.tensor([0.5, 1.5], requires_grad=True)
y = x * 1
y.sin_()
print(y)
y.sum().backward()
print(x.grad)
