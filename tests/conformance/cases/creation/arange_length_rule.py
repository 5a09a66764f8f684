import torch

print(torch.arange(0, 1, 0.1))
print(torch.arange(-1, 1, 0.1).shape)
print(torch.arange(0, 1, 0.3))
print(torch.arange(0, 0))
