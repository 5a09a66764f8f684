import torch

torch.manual_seed(0)
print(torch.empty(6).exponential_().tolist())
print(torch.empty(3, dtype=torch.float64).exponential_(lambd=2.5).tolist())

g = torch.Generator().manual_seed(11)
t = torch.empty(2, 3)
print(t.exponential_(0.5, generator=g) is t)
print(t.tolist())
# Memory order: a transposed tensor is filled along its storage.
t = torch.empty(3, 2).t()
print(t.exponential_(generator=torch.Generator().manual_seed(11)).tolist())

for bad in (lambda: torch.empty(2).exponential_(-1.0), lambda: torch.empty(2, dtype=torch.long).exponential_()):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
