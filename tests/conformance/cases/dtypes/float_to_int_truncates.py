import torch

x = torch.tensor([2.9, -2.9, 0.5, -0.5])
print(x.long(), x.int(), x.to(torch.int64))
print(torch.tensor([2.9, -2.9], dtype=torch.int64))
