import torch

x = torch.tensor([[1, 2, 3], [4, 5, 6]])
try:
    x.split(0)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.split([1, 2])
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.split([1, -1, 3], 1)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.tensor(1.0).split(1)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.split(1, 2)
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
