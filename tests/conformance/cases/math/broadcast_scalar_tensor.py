import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(x + torch.tensor(10.0), x * torch.tensor([1.0, -1.0]), x - torch.tensor([[1.0], [2.0]]))
