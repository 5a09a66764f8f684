import torch

a = torch.tensor(1.5)
b = torch.tensor(2)
print(torch.tensor([a, b]))
print(torch.tensor([torch.tensor([1.0]), torch.tensor([2.0])]))
