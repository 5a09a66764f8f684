import torch

torch.manual_seed(0)
p = torch.tensor([[0.1, 0.5, 0.9], [0.0, 1.0, 0.3]])
print(torch.bernoulli(p))
print(p.bernoulli())
print(torch.bernoulli(p, 0.5))
print(torch.bernoulli(p.to(torch.float64)))
