import torch

x = torch.tensor([float('nan'), 1.0])
print(x == x, x != x, x < 2, torch.isnan(x), torch.isinf(torch.tensor([float('inf'), 1.0])), torch.isfinite(x))
