import torch

x = torch.tensor([3.0, -1.0, 4.0, -1.5, 5.0])
mask = torch.tensor([True, False, True, False, True])
print(x[mask])
print(x[torch.tensor([False] * 5)])
m = torch.tensor([[1, 2], [3, 4]])
print(m[torch.tensor([[True, False], [False, True]])])
print(m[torch.tensor([False, True])])
print(m[:, torch.tensor([True, False])])
