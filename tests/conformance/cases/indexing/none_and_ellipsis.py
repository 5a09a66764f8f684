import torch

x = torch.tensor([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])

print(x[None].shape, x[:, None].shape, x[..., None].shape, x[None, ..., None].shape)
print(x[..., 1])
print(x[1, ...])
print(x[...].shape, x[()].shape)
print(x[None, 0, None, 1:3])
