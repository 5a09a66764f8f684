import torch

a = torch.tensor([1.0, 5.0, 3.0])
b = torch.tensor([4.0, 2.0, 3.0])
print(torch.maximum(a, b), torch.minimum(a, b))
print(torch.max(a, b), torch.min(a, b))
print(torch.maximum(torch.tensor([1, 5]), torch.tensor([2.5])))
print(torch.maximum(torch.tensor([float('nan'), 1.0]), torch.tensor([0.0, 2.0])))
