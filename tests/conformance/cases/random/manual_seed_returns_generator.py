import torch

g = torch.manual_seed(10)
print(type(g).__name__)
print(g is torch.default_generator)
print(g.initial_seed())
print(torch.rand(2, generator=g))
