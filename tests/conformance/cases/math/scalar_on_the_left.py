import torch

x = torch.tensor([1.0, 2.0, 4.0])
print(1 - x, 2 * x, 8 / x, 2 ** x, 10 // x, 10 % x, 1 + x)
i = torch.tensor([1, 2, 4])
print(1 - i, 8 / i, 2 ** i, 10 // i)
