import torch

x = torch.tensor([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])

print(x[[0, 1, 2], [3, 2, 1]])
print(x[torch.tensor([0, 2]), torch.tensor([1])])
print(x[[[0], [2]], [1, 3]])
print(x[[-1, 0], [-1, 0]])
