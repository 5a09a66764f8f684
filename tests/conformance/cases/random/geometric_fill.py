import torch

torch.manual_seed(0)
print(torch.empty(8).geometric_(0.3))
print(torch.empty(5, dtype=torch.long).geometric_(0.9))
g = torch.Generator().manual_seed(4)
print(torch.empty(2, 3, dtype=torch.float64).geometric_(p=0.05, generator=g))

for p in (0.0, 1.0, -0.5):
    try:
        torch.empty(2).geometric_(p)
    except RuntimeError as e:
        print("RuntimeError:", e)
