import torch

x = torch.tensor([[1.0, 5.0, 2.0], [7.0, 3.0, 7.0]])
r = x.max(dim=1)
print(r)
print(r.values, r.indices, r[0], r[1])
values, indices = torch.min(x, 0)
print(values, indices)
print(type(r).__name__, len(r))
