import torch

x = torch.tensor([1.0, 3.0, 3.0, 2.0], requires_grad=True)
m = x.max()
m.backward()
print(m, x.grad)
y = torch.tensor([[1.0, 3.0], [1.0, 3.0]], requires_grad=True)
v = y.max(dim=0).values
v.sum().backward()
print(v, y.grad)
