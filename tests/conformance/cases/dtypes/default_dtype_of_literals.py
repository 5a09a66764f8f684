import torch

print(torch.tensor([1.0, 2.0]).dtype, torch.tensor([1, 2]).dtype, torch.tensor([True]).dtype)
print(torch.tensor(3.5).dtype, torch.tensor(7).dtype, torch.tensor([1, 2.5]).dtype)
print(torch.get_default_dtype())
