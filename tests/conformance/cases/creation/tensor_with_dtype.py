import torch

print(torch.tensor([1, 2], dtype=torch.float32))
print(torch.tensor([1.5, 2.5], dtype=torch.int64))
print(torch.tensor([0, 3], dtype=torch.bool))
print(torch.tensor([1, 2], dtype=torch.float64))
