import torch

v = torch.tensor([1.0, 2.0, 3.0])
print(v.t(), v.T)
s = torch.tensor(5.0)
print(s.t(), s.T)
print(torch.tensor([[1, 2]]).t())
