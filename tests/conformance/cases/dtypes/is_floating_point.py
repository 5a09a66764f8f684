import torch

print(torch.tensor([1.0]).is_floating_point(), torch.tensor([1]).is_floating_point())
print(torch.is_floating_point(torch.tensor([1.0], dtype=torch.float64)))
print(torch.is_tensor(torch.tensor(1)), torch.is_tensor([1]))
