import torch

torch.manual_seed(123)
print(torch.randn(20).tolist())
print(torch.randn(4).tolist())
