import torch

print(torch.tensor([True, 1]), torch.tensor([True, 1.5]), torch.tensor([1, 2.0]))
