import torch

x = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(x.flip(1))
print(torch.flip(x, [0, 1]))
print(x.flip(-1, 0))
print(torch.tensor(1.0).flip(0))
try:
    x.flip(0, 0)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.flip(2)
except (IndexError) as e:
    print(type(e).__name__ + ":", e)
