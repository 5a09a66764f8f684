import torch

x = torch.tensor([[1], [2], [3]])
print(x.expand(3, 4))
print(x.expand(-1, 2))
print(x.expand(2, 3, 2).shape, x.expand(2, 3, 2).stride())
try:
    x.expand(2, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    x.expand(3)
except RuntimeError as e:
    print("RuntimeError:", e)
