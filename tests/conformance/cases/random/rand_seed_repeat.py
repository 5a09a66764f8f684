import torch

torch.manual_seed(7)
a = torch.rand(4)
torch.manual_seed(7)
b = torch.rand(4)
print(a)
print(b)
print(a.tolist() == b.tolist())
