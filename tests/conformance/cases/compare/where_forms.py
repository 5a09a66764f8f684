import torch

x = torch.tensor([-1.0, 2.0, -3.0])
print(torch.where(x > 0, x, torch.zeros_like(x)))
print(torch.where(x > 0, x, 0.0), torch.where(x > 0, 1, 0))
print(torch.where(x > 0, torch.tensor([1, 2, 3]), 0.5))
print(x.where(x > 0, torch.tensor(-1.0)))
