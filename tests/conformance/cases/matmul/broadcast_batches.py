import torch

a = torch.tensor([[[1.0, 2.0]], [[3.0, 4.0]]])
b = torch.tensor([[[1.0], [1.0]], [[2.0], [0.0]], [[0.0], [1.0]]]).unsqueeze(0)
print(a.shape, b.shape)
c = a.unsqueeze(1) @ b
print(c.shape)
print(c.squeeze())
