import torch

x = torch.tensor([1.0, 2.0])
print(x._version)
x.add_(1)
x[0] = 5
print(x._version)
v = x[1:]
v.mul_(2)
print(x._version, v._version)
