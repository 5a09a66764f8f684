import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(x.narrow(1, 1, 2))
print(torch.narrow(x, 0, 1, 1))
print(x.narrow(0, -1, 1))
print(x.select(1, 2), x.select(0, -1))
try:
    x.narrow(1, 2, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    x.select(0, 5)
except IndexError as e:
    print("IndexError:", e)
