import torch

x = torch.tensor([[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]])
try:
    x.scatter_(1, torch.tensor([[0], [3]]), 1.0)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.scatter_(1, torch.tensor([[0]], dtype=torch.int32), 1.0)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.scatter_(1, torch.tensor([0, 1]), 1.0)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.scatter(0, torch.tensor([[0, 1, 0]]), torch.tensor([[1.0, 2.0, 3.0]], dtype=torch.float64))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.scatter_(0, torch.tensor([[0, 1, 0]]), torch.tensor([[1.0, 2.0]]))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.scatter_add_(0, torch.tensor([[0, 1, 0]]), torch.tensor([[1, 2, 3]]))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.scatter_(2, torch.tensor([[0]]), 1.0)
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
