import torch

torch.manual_seed(0)
print(torch.empty(5).cauchy_().tolist())
print(torch.empty(40, dtype=torch.float64).cauchy_(1.5, 0.25).tolist())
g = torch.Generator().manual_seed(3)
print(torch.empty(2, 3).cauchy_(median=-1.0, sigma=3.0, generator=g))

try:
    torch.empty(2, dtype=torch.long).cauchy_()
except RuntimeError as e:
    print("RuntimeError:", e)
