import torch

i = torch.tensor([1, 2, 3])
f = torch.tensor([0.5, 0.5, 0.5])
print(i + f, (i + f).dtype)
print(i * 2, (i * 2).dtype)
print(i * 2.5, (i * 2.5).dtype)
print(i / 2, (i / 2).dtype)
