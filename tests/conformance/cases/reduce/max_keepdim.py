import torch

x = torch.tensor([[1.0, 5.0], [7.0, 3.0]])
print(x.max(1, keepdim=True))
print(torch.max(x, dim=0, keepdim=True).indices)
