import torch

x = torch.tensor([1.7, -2.2, 0.0])
print(x.long(), x.int(), x.bool(), x.double(), x.float())
print(torch.tensor([1, 0, 3]).float(), torch.tensor([True, False]).long())
