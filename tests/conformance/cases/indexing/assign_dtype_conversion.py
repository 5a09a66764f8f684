import torch

i = torch.zeros(3, dtype=torch.int64)
i[0] = 2.7
i[1] = True
i[2] = -3.9
print(i)
b = torch.zeros(3, dtype=torch.bool)
b[0] = 1
b[1:] = torch.tensor([0.0, 2.0])
print(b)
f = torch.zeros(2)
f[0] = torch.tensor(3)
print(f)
