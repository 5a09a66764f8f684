import torch

print(torch.result_type(torch.tensor([1, 2]), 1.5))
print(torch.result_type(torch.tensor([1, 2]), 1))
print(torch.result_type(torch.tensor([1.0]), torch.tensor([1], dtype=torch.float64)))
print(torch.result_type(torch.tensor([True]), 3))
