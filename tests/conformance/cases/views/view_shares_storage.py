import torch

x = torch.tensor([1, 2, 3, 4, 5, 6])
v = x.view(2, 3)
v[1, 2] = 60
print(x)
x[0] = 10
print(v)
