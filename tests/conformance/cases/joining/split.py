import torch

x = torch.tensor([[1, 2, 3, 4, 5], [6, 7, 8, 9, 10]])
print(x.split(2, dim=1))
print(torch.split(x, [1, 4], dim=1))
print(x.split(1))
print(torch.split(torch.tensor([1, 2, 3, 4, 5]), 2))
print(len(x.split(10, 1)))
