import torch

print(torch.linspace(0, 1, 5))
print(torch.linspace(-1, 1, 4))
print(torch.linspace(0, 10, 4, dtype=torch.int64))
print(torch.linspace(2, 2, 1), torch.linspace(0, 1, 0))
print(torch.linspace(0, 1, 7).tolist())
