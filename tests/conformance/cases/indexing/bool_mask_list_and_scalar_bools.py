import torch

m = torch.tensor([[1, 2], [3, 4]])
print(m[[True, False]])
print(m[True].shape, m[False].shape, m[None, True].shape)
print(m[torch.tensor(True)].shape, m[torch.tensor(False)].shape)
print(torch.tensor(5)[torch.tensor(True)])
