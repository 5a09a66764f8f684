import torch

x = torch.tensor([[1, 0], [2, 3]])
print(x.all(), x.any(), x.all(dim=1), x.any(0), torch.all(x > -1), torch.any(x > 2, dim=1, keepdim=True))
print(torch.tensor([]).all(), torch.tensor([]).any(), torch.tensor([float('nan')]).all())
