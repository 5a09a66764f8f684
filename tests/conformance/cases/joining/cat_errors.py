import torch

a = torch.tensor([[1, 2, 3], [4, 5, 6]])
try:
    torch.cat([a, torch.tensor([[1, 2]])])
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.cat([a, torch.tensor([1, 2, 3])])
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.cat([a, a], 2)
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.cat([])
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.cat([torch.tensor(1.0), torch.tensor(2.0)])
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.cat(a)
except (TypeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.cat([a, torch.tensor([[1, 2]])], dim=1)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
