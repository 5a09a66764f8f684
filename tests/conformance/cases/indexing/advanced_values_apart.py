import torch

x = torch.tensor([[[0, 1], [2, 3]], [[4, 5], [6, 7]]])
print(x[[0, 1], :, [1, 0]])
print(x[:, [1, 0], [0, 1]])
