import torch

print(torch.cat([torch.tensor([1, 2]), torch.tensor([0.5])]))
print(torch.cat([torch.tensor([1], dtype=torch.int32), torch.tensor([2])]).dtype)
print(torch.cat([torch.tensor([]), torch.tensor([[1.0, 2.0]])]))
print(torch.cat([torch.zeros(0, 2), torch.ones(1, 2)]))
