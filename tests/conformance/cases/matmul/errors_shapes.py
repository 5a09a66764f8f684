import torch

try:
    torch.ones(2, 3) @ torch.ones(2, 3)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.ones(2, 3) @ torch.ones(2)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.ones(2) @ torch.ones(3, 2)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.ones(5, 2, 3) @ torch.ones(2, 4)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.ones(5, 2, 3) @ torch.ones(4, 3, 4)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.ones(5, 2, 3) @ torch.ones(5, 4, 4)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.ones(3) @ torch.ones(4)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.tensor(2.0) @ torch.ones(2)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
