import torch

torch.manual_seed(2024)
for _ in range(5):
    print(torch.rand(1).item())
