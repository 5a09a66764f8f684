import torch

print(torch.tensor([1, 2, 3, 4, 5]).chunk(3))
print(torch.tensor([1, 2, 3, 4, 5, 6]).chunk(4))
x = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(x.chunk(2, 1))
print(torch.chunk(x, 3))
try:
    x.chunk(0)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.chunk(-1)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
