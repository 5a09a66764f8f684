import torch

x = torch.tensor([1.0, -2.0], requires_grad=True)
for y in (x.exp(), x.clamp(0, 1), x > 0, torch.where(x > 0, x, 0.0), x.max(), x.abs().sum(), x // 1, x % 1):
    print(y)
