import torch

x = torch.tensor([1, 2, 3], dtype=torch.int32)
print(x + 1, x * x, -x, x // 2, x % 2)
print(x.sum(), x.sum().dtype, x.prod().dtype)
print(x.abs(), x.max())
