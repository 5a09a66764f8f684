import torch

for s in [0, 1, 2**32 + 1, -1, 2**64 - 1]:
    torch.manual_seed(s)
    print(s, torch.initial_seed(), torch.rand(2))
try:
    torch.manual_seed(2**64)
except RuntimeError as e:
    print("RuntimeError:", e)
