import torch

x = torch.tensor([-2.0, 1.0, 3.0, -4.0])
mask = (x > 0) & (x < 3)
print(mask, mask.sum(), mask.any(), mask.all(), (x > -5).all())
print(x * mask, x * (x > 0).float())
