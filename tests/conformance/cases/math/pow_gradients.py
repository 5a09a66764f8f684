import torch

x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
(x ** 3).sum().backward()
print(x.grad)
x.grad = None
(x ** x).sum().backward()
print(x.grad)
x.grad = None
(2 ** x).sum().backward()
print(x.grad)
x.grad = None
(x ** 0.5).sum().backward()
print(x.grad)
