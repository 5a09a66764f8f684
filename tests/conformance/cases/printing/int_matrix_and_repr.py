import torch

x = torch.tensor([[1, 2], [3, 4]])
print(x)
print(repr(torch.tensor(3.14159)))
