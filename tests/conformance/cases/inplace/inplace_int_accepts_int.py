import torch

i = torch.tensor([1, 2], dtype=torch.int32)
i += torch.tensor([5])
i *= 2
print(i)
f = torch.tensor([1.0])
f += torch.tensor([2], dtype=torch.int32)
print(f)
