import torch

x = torch.tensor([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])
try:
    x[0, 0, 0]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[[0], [0], [0]]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.tensor(5)[0]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.tensor(5)[1]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.tensor(5)[None, 0]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.tensor(5)[:]
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
