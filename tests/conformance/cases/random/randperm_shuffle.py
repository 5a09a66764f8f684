import torch

torch.manual_seed(0)
print(torch.randperm(10))
print(torch.randperm(1))
print(torch.randperm(0))
print(torch.randperm(5, dtype=torch.float32))
p = torch.randperm(50)
print(sorted(p.tolist()) == list(range(50)))
print(p)
