import torch

x = torch.tensor([1.0, 2.0, 3.0])
print(x[torch.tensor(2)].item())
print([1, 2, 3][torch.tensor(1)])
try:
    [1, 2][torch.tensor(0.5)]
except TypeError as e:
    print("TypeError:", e)
print(x[torch.tensor(0):torch.tensor(2)])
