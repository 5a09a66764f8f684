import torch

x = torch.tensor([1.2345, -2.5678, 1250.0])
print(torch.round(x, decimals=2))
print(torch.round(x, decimals=-2))
print(x.round(decimals=1))
