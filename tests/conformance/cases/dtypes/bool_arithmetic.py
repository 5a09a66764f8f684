import torch

b = torch.tensor([True, False, True])
print(b + b, b * b, b + 1, b * 2.5, b / 2)
print(b.sum(), b.sum().dtype)
print(torch.tensor([True, False]) + True)
