import torch

torch.manual_seed(11)
x = torch.randn(30, 40)
print(x)
print(torch.randn(1000, 1000).shape)
