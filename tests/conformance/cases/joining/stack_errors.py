import torch

a = torch.tensor([1, 2, 3])
try:
    torch.stack([a, torch.tensor([1, 2])])
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.stack([])
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.stack([a, a], 2)
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.stack([a.unsqueeze(0), a.unsqueeze(1)])
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
