import torch

print(torch.tensor([1.0]).std(), torch.tensor([1.0]).var(unbiased=False))
