import torch

torch.manual_seed(5)
print(torch.randn(17))
print(torch.randn(31))
print(torch.randn(2, 9))
