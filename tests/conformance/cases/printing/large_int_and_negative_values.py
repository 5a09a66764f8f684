import torch

print(torch.tensor([0, 5, -20]) * 1000)
print(torch.tensor([2**40, -3]))
print(torch.arange(-3, 3) * 1.5)
