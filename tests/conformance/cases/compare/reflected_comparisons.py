import torch

x = torch.tensor([1.0, 2.0, 3.0])
print(2 < x, 2 >= x, 2 == x)
