import torch

x = torch.tensor([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])
try:
    x[torch.tensor([True, False])]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[:, torch.tensor([True, False, True])]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[[0, 1], [0, 1, 2]]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[torch.tensor([[True, False, True, False]])]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
