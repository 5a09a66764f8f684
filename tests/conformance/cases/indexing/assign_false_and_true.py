import torch

x = torch.tensor([1.0, 2.0])
x[False] = 5.0
print(x)
x[True] = 7.0
print(x)
x[None] = 8.0
print(x)
s = torch.tensor(5)
s[...] = 3
print(s)
s[()] = 4
print(s)
