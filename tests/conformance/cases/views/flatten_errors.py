import torch

x = torch.zeros(2, 3)
try:
    x.flatten(1, 0)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    x.flatten(0, 5)
except IndexError as e:
    print("IndexError:", e)
