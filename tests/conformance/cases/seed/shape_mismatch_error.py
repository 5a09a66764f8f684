import torch

try:
    torch.tensor([1.0, 2.0]) + torch.tensor([1.0, 2.0, 3.0])
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.tensor([1.0, 2.0]) + torch.tensor([[1.0], [2.0]]))
