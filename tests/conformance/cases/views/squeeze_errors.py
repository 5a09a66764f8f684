import torch

y = torch.zeros(1, 3)
try:
    y.squeeze(2)
except IndexError as e:
    print("IndexError:", e)
try:
    torch.tensor(1.0).squeeze(1)
except IndexError as e:
    print("IndexError:", e)
