import torch

x = torch.tensor([0.1, 0.2], dtype=torch.float64)
print(x + x, (x + x).dtype)
print((x * 3).tolist())
print(x.sum().item())
