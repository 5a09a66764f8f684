import torch

x = torch.zeros(2, 3)
try:
    x[0] = torch.tensor([1.0, 2.0])
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[[0, 1]] = torch.tensor([[1.0], [2.0], [3.0]])
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[[0, 1]] = torch.tensor([1, 2, 3])
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[5] = 1
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[0] = 'a'
except (TypeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[0] = [1.0, 2.0, 3.0]
except (TypeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[0] = None
except (TypeError) as e:
    print(type(e).__name__ + ":", e)
try:
    del x[0]
except (TypeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x[:, 1] = torch.tensor([[1.0], [2.0]])
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.zeros(2, dtype=torch.int64)[0] = 1e30
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.tensor(5)[0] = 1
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
