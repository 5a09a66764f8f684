import torch

print(torch.tensor([float('nan'), 1.0, 2.0]), torch.tensor([float('inf'), -float('inf')]))
print(torch.tensor([1.0, 1000.0]), torch.tensor([1.0, 1001.0]), torch.tensor([1e9]))
