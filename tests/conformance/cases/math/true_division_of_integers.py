import torch

print(torch.tensor([1, 2, 3]) / torch.tensor([2, 2, 2]))
print(torch.tensor([3]) / 2, (torch.tensor([3]) / 2).dtype)
print(torch.true_divide(torch.tensor([5]), 2))
