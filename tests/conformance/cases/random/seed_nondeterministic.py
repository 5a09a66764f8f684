import torch

s = torch.seed()
print(type(s).__name__, 0 <= s < 2**64)
print(torch.initial_seed() == s)
a = torch.rand(3)
torch.manual_seed(s)
print(torch.rand(3).tolist() == a.tolist())
