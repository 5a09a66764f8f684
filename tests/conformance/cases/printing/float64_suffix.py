import torch

print(torch.tensor([1.5, 2.0], dtype=torch.float64))
print(torch.tensor(3.0, dtype=torch.float64, requires_grad=True))
print(torch.zeros(2, 0, dtype=torch.float64))
