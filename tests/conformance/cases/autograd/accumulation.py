import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
(x * x).sum().backward()
print(x.grad)
(x * 3).sum().backward()
print(x.grad)
x.grad.zero_()
(x ** 3).sum().backward()
print(x.grad)
x.grad = None
print(x.grad)
