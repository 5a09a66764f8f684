import torch

A = torch.tensor([[1., -2, 3], [-4, 5, -6]])
for ord in ["fro", "nuc", 1, -1, 2, -2, float("inf"), -float("inf")]:
    print(ord, torch.linalg.matrix_norm(A, ord))
x = torch.arange(24.).reshape(2, 3, 4)
print(torch.linalg.matrix_norm(x, dim=(0, 2)), torch.linalg.matrix_norm(x, 1, dim=(2, 0), keepdim=True).shape)
print(torch.linalg.matrix_norm(x, "nuc", dim=(0, 2)))
print(torch.linalg.vector_norm(A), torch.linalg.vector_norm(A, 1, dim=1), torch.linalg.vector_norm(A, float("inf")))
print(torch.linalg.vector_norm(A, 0), torch.linalg.vector_norm(A, 3, dim=0, keepdim=True))
print(torch.linalg.norm(A), torch.linalg.norm(A, "fro"), torch.linalg.norm(A, 2), torch.linalg.norm(A, dim=1))
print(torch.linalg.norm(torch.tensor([3., 4])), torch.linalg.norm(torch.tensor([3., 4]), 1), torch.linalg.norm(x, dim=(1, 2)))
print(torch.linalg.norm(A.double(), float("inf")))
print(torch.linalg.multi_dot([A, A.T, torch.tensor([1., 2])]))
print(torch.linalg.matmul(A, A.T))
