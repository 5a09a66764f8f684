import torch

a = torch.tensor([1.0, 2.0])
b = torch.tensor([3.0, 4.0, 5.0])
print(torch.outer(a, b))
print(a.outer(b))
print(torch.ger(a, b))
print(torch.outer(torch.tensor([1, 2]), b))
