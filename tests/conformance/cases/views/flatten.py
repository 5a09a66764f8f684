import torch

x = torch.tensor([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])
print(x.flatten())
print(torch.flatten(x, 1))
print(x.flatten(0, 1))
print(x.flatten(start_dim=1, end_dim=2).shape)
print(torch.flatten(x, end_dim=-2).shape)
print(torch.tensor(3.0).flatten())
print(x.flatten(1, 1) is x)
