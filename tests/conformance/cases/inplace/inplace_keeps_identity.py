import torch

x = torch.tensor([1.0, 2.0])
y = x
x += 1
print(y is x, y)
z = x.mul_(3)
print(z is x, x)
