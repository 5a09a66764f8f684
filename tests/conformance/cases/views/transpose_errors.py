import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
try:
    x.transpose(0, 2)
except IndexError as e:
    print("IndexError:", e)
try:
    x.transpose(-3, 0)
except IndexError as e:
    print("IndexError:", e)
try:
    torch.ones(2, 2, 2).t()
except RuntimeError as e:
    print("RuntimeError:", e)
