import torch

y = torch.zeros(1, 3, 1, 2)
print(y.squeeze().shape)
print(y.squeeze(0).shape, y.squeeze(2).shape, y.squeeze(1).shape, y.squeeze(-2).shape)
print(torch.squeeze(y).shape, torch.squeeze(y, 0).shape)
print(torch.tensor([[5.0]]).squeeze())
print(torch.tensor(5.0).squeeze(0), torch.tensor(5.0).squeeze(-1))
