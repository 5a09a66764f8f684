import torch

torch.set_printoptions(linewidth=30)
print(torch.arange(12))
print(torch.arange(6.0) / 7)
