import torch

x = torch.tensor([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])
try:
    x[1.5]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[0, 1.0]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[{}]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    x['a']
except (TypeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[torch.tensor([0.0])]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[torch.tensor([0], dtype=torch.int32)]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[::0]
except (ValueError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[::-1]
except (ValueError) as e:
    print(type(e).__name__ + ":", e)
