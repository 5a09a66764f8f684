import torch

A = torch.tensor([[4., 1, 2], [1, 3, 0], [2, 0, 5]])
b = torch.tensor([1., 2, 3])
print(torch.linalg.solve(A, b))
print(torch.linalg.solve(A, torch.stack([b, -b], 1)))
batch = torch.stack([A, A.T + torch.eye(3)])
print(torch.linalg.solve(batch, b))
print(torch.linalg.solve(batch, torch.ones(2, 3)))
print(torch.linalg.solve(batch, torch.ones(3, 2)).shape)
print(torch.linalg.solve(A, torch.ones(2, 3), left=False))
print(torch.linalg.solve(A.double(), b.double()))
