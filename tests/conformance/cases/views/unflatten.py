import torch

x = torch.tensor([[1, 2, 3, 4, 5, 6]])
print(x.unflatten(1, (2, 3)))
print(x.unflatten(1, (3, -1)).shape)
print(torch.zeros(4, 6).unflatten(0, (2, 2)).shape)
try:
    x.unflatten(1, (4, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
