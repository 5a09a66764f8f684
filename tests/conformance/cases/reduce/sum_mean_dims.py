import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(x.sum(), x.sum(0), x.sum(1), x.sum(dim=-1, keepdim=True), x.sum((0, 1)))
print(x.mean(), x.mean(0), torch.mean(x, dim=1, keepdim=True))
