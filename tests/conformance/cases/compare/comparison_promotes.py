import torch

print(torch.tensor([1, 2]) == 1.5, torch.tensor([1, 2]) < 1.5, torch.tensor([True, False]) == 1)
print(torch.tensor([1, 2]) == torch.tensor([1.0, 2.0]))
