import torch

g = torch.Generator()
print(g.initial_seed())
print(torch.rand(3, generator=g))
g.manual_seed(0)
torch.manual_seed(99)
print(torch.rand(3, generator=g))
print(torch.randn(3, generator=g))
print(torch.randint(0, 10, (4,), generator=g))
print(torch.randperm(5, generator=g))
torch.manual_seed(99)
print(torch.rand(1))
