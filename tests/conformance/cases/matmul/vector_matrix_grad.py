import torch

v = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
M = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]], requires_grad=True)
y = v @ M
print(y)
y.sum().backward()
print(v.grad)
print(M.grad)
