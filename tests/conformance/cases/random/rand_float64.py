import torch

torch.manual_seed(0)
x = torch.rand(4, dtype=torch.float64)
print(x)
print(x.tolist())
