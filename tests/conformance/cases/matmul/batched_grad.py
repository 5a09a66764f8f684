import torch

a = torch.tensor([[[1.0, 2.0], [3.0, 4.0]], [[0.5, 0.0], [0.0, 2.0]]], requires_grad=True)
w = torch.tensor([[1.0, -1.0], [2.0, 0.0]], requires_grad=True)
(a @ w).sum().backward()
print(a.grad)
print(w.grad)
b = torch.tensor([[1.0, 2.0]], requires_grad=True)
(b @ a).sum().backward()
print(b.grad)
