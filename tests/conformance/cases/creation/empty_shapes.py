import torch

e = torch.empty(2, 3)
print(e.shape, e.dtype)
print(torch.empty(0, 4))
print(torch.empty(3, dtype=torch.int32).dtype)
