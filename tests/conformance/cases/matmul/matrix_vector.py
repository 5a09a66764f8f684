import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
B = torch.tensor([[1.0, 0.0, -1.0], [2.0, 1.0, 0.5]])

v = torch.tensor([1.0, -1.0])
print(A @ v, torch.mv(A, v), A.mv(v))
w = torch.tensor([1.0, 2.0, 3.0])
print(w @ A)
print((w @ A).shape, (A @ v).shape)
