import torch

x = torch.tensor([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 1.7])
print(torch.round(x))
print(torch.floor(x), torch.ceil(x))
print(torch.trunc(x), torch.frac(x))
