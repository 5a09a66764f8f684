import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
r = x.t().reshape(6)
r[0] = 100.0
print(x)
v = x.reshape(6)
v[0] = 100.0
print(x)
