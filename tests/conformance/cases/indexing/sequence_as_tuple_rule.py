import torch

x = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(x[[[0, 1], [2, 0]]])
print(x[[0, slice(None)]])
print(x[(0, [0, 2])])
print(x[[1.0]])
