import torch

x = torch.tensor([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])

row = x[1]
row[0] = 50
print(x)
col = x[:, 2]
col += 100
print(x)
print(x[1].storage_offset(), x[:, 2].stride())
