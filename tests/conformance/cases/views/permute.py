import torch

x = torch.zeros(2, 3, 4)
print(x.permute(2, 0, 1).shape)
print(x.permute((1, 2, 0)).shape)
print(x.permute([0, -1, 1]).shape)
print(x.permute(2, 0, 1).stride())
y = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(y.permute(1, 0))
print(torch.permute(y, (1, 0)))
