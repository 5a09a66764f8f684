import torch

x = torch.tensor([[0.0, 1.5, 0.0], [2.0, 0.0, -3.0]])
print(torch.nonzero(x))
print(x.nonzero(), torch.nonzero(torch.tensor([0, 0])))
print(torch.nonzero(x, as_tuple=True))
print(torch.where(x > 0))
print(torch.where(torch.tensor([1.0, -1.0, 2.0]) > 0))
