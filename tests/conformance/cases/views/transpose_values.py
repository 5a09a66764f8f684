import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(x.t())
print(x.T)
print(x.transpose(0, 1))
print(torch.transpose(x, 1, 0))
