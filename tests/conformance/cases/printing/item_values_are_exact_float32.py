import torch

x = torch.tensor([0.1, 0.2, 0.3])
print(x.sum().item(), (x * 3).tolist(), x.mean().item())
print(torch.tensor(1 / 3).item(), torch.tensor(1 / 3, dtype=torch.float64).item())
