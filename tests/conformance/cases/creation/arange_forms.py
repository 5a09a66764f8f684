import torch

print(torch.arange(5))
print(torch.arange(2, 6))
print(torch.arange(1, 10, 3))
print(torch.arange(5, 0, -2))
print(torch.arange(0, 1, 0.25))
print(torch.arange(1, 4.0), torch.arange(5.5))
print(torch.arange(0, 5, 2, dtype=torch.float64))
