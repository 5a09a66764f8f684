import torch

torch.manual_seed(4)
x = torch.randn(2, 3, dtype=torch.float64)
print(torch.rand_like(x))
print(torch.randn_like(x))
print(torch.randint_like(x, 10))
print(torch.randint_like(x, 5, 10))
print(torch.rand_like(x, dtype=torch.float32))
