import torch

x = torch.tensor([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])
try:
    x[3]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[-4]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[0, 4]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[None, None, 0, 7]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[..., 5]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[[0, 3]]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[0, [1, 5]]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[:, torch.tensor(9)]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
