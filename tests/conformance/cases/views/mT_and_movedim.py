import torch

x = torch.zeros(5, 2, 3)
print(x.mT.shape)
print(x.movedim(0, 2).shape, x.movedim(-1, 0).shape)
print(torch.movedim(x, (0, 1), (2, 0)).shape)
print(torch.moveaxis(x, 1, 0).shape)
