import torch

x = torch.tensor([[1, 2], [3, 4]])
print(torch.zeros_like(x), torch.ones_like(x, dtype=torch.float32))
print(torch.full_like(x, 7), torch.full_like(x, 2.5))
print(torch.empty_like(x).shape, torch.full_like(torch.tensor([1.0]), 7))
