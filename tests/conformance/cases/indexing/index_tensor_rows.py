import torch

x = torch.tensor([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])

print(x[torch.tensor([2, 0])])
print(x[[0, 0, 1]])
print(x[torch.tensor([[0, 1], [2, 0]])].shape)
print(x[[]])
