import torch

x = torch.tensor([[0, 1, 2], [3, 0, 0]])
print(x.nonzero())
print(torch.nonzero(torch.tensor([0.0, 1.5, 0.0, -2.0])))
print(torch.nonzero(torch.tensor([0, 1, 0, 2]), as_tuple=True))
print(x.nonzero(as_tuple=True))
print(torch.tensor(3).nonzero(), torch.tensor(0).nonzero())
print(torch.tensor(3).nonzero(as_tuple=True))
