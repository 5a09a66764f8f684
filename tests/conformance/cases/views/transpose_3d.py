import torch

x = torch.zeros(2, 3, 4)
print(x.transpose(0, 2).shape, x.transpose(-1, 1).shape)
print(x.swapaxes(0, 1).shape, x.swapdims(2, 0).shape)
print(x.transpose(0, 2).stride())
