import torch

x = torch.tensor([-0.5, 0.0, 0.5])
print(torch.asin(x), torch.acos(x), torch.atan(x))
print(torch.sinh(x), torch.cosh(x), torch.erf(x))
print(torch.arcsin(x), torch.arctan(x))
