import torch

x = torch.tensor([1.0, float('nan'), 3.0])
print(x.max(), x.min(), x.max(dim=0), x.sum())
