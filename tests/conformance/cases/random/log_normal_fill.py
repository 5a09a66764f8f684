import torch

torch.manual_seed(0)
print(torch.empty(5).log_normal_().tolist())
print(torch.empty(40, dtype=torch.float64).log_normal_(0.0, 0.5).tolist())
g = torch.Generator().manual_seed(3)
print(torch.empty(2, 3).log_normal_(mean=-1.0, std=3.0, generator=g))

for bad in (lambda: torch.empty(2).log_normal_(0.0, 0.0), lambda: torch.empty(2, dtype=torch.long).log_normal_()):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
