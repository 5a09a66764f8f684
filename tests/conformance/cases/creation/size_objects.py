import torch

s = torch.zeros(2, 3, 4).shape
print(s, s[0], s[1:], len(s), s.numel())
print(s == (2, 3, 4), s + (5,), list(s))
print(torch.Size([2, 3]), torch.Size([]))
a, b, c = s
print(a * b * c)
