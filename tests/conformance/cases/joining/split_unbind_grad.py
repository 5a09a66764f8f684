import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
first, rest = x.split([1, 2], dim=1)
(first * 10 + rest.sum()).sum().backward()
print(x.grad)
x.grad = None
r0, r1 = x.unbind()
(r1 ** 2).sum().backward()
print(x.grad)
