import torch

z = torch.tensor([[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]])
idx = torch.tensor([[0, 1, 0], [0, 0, 1]])
print(z.scatter_add(0, idx, torch.tensor([[1.0, 1.0, 1.0], [1.0, 1.0, 1.0]])))
counts = torch.tensor([0, 0, 0, 0]).scatter_add_(0, torch.tensor([1, 3, 1, 1]), torch.tensor([1, 1, 1, 1]))
print(counts)
print(torch.scatter_add(torch.tensor([1.0, 1.0]), 0, torch.tensor([1]), torch.tensor([2.0])))
