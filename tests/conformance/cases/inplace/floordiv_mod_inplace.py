import torch

x = torch.tensor([7, -7])
x //= 2
print(x)
y = torch.tensor([7.5, -7.5])
y %= 2
print(y)
