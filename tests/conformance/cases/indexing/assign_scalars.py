import torch

x = torch.zeros(3, 4)
x[0] = 1
x[1, 2] = 5.5
x[2, 1:3] = -1
x[:, 3] = 7
x[..., 0] = 2
print(x)
