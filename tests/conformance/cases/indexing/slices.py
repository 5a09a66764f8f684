import torch

x = torch.tensor([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])

print(x[1:])
print(x[:, 1:3])
print(x[::2, ::3])
print(x[-2:, :-2])
print(x[5:], x[1:1].shape, x[-10:1])
