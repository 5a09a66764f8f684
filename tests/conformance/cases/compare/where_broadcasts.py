import torch

cond = torch.tensor([[True], [False]])
print(torch.where(cond, torch.tensor([1, 2]), torch.tensor([[5]])))
