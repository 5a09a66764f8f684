import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(x.gather(1, torch.tensor([[0, 2], [1, 1]])))
print(torch.gather(x, 0, torch.tensor([[1, 0, 1]])))
print(x.gather(1, torch.tensor([[2], [0]])).squeeze(1))
try:
    x.gather(1, torch.tensor([[0], [5]]))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.gather(1, torch.tensor([[0], [-1]]))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.gather(1, torch.tensor([0, 1]))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.gather(1, torch.tensor([[0]], dtype=torch.int32))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.gather(0, torch.tensor([[0, 1, 1, 0]]))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.gather(3, torch.tensor([[0]]))
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
