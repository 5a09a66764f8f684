import torch

a = torch.tensor(3.0)
b = torch.tensor(7)
c = torch.tensor(False)
print(a, b, c)
print(a.dim(), a.shape, b.numel())
