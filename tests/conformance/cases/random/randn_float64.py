import torch

torch.manual_seed(0)
print(torch.randn(5, dtype=torch.float64))
print(torch.randn(3, 8, dtype=torch.float64))
