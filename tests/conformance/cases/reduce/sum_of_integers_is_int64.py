import torch

print(torch.tensor([1, 2], dtype=torch.int32).sum().dtype, torch.tensor([True, True]).sum())
print(torch.sum(torch.tensor([1.5, 2.5]), dtype=torch.int32))
