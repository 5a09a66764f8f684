import torch

x = torch.tensor([1.0, 2.0, 3.0])
x += 1
x *= 2
x -= torch.tensor([1.0, 1.0, 1.0])
x /= 2
print(x)
x.add_(10).mul_(0.5).sub_(1).div_(2)
print(x)
