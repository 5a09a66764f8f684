import torch

x = torch.zeros(2, 3, 4)
print(x[:, [0, 2]].shape)
print(x[:, [0, 2], [1, 3]].shape)
print(x[[0, 1], :, [0, 2]].shape)
print(x[[0], :, [[1], [2]]].shape)
print(x[0, :, [0, 2]].shape)
print(x[[0, 1], 0].shape, x[[0, 1], 0, [1, 2]].shape)
print(x[[0, 1], None, [1, 2]].shape, x[..., [0, 1]].shape)
