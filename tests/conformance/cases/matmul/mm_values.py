import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
B = torch.tensor([[1.0, 0.0, -1.0], [2.0, 1.0, 0.5]])

print(A @ B)
print(torch.mm(B, A))
print(A.mm(B).shape, A.matmul(B).shape)
print(torch.matmul(A, B))
