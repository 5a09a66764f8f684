import torch

a = torch.tensor([1, 2, 3])
print(a == 2, a != 2, a < 2, a <= 2, a > 2, a >= 2)
print(a == torch.tensor([1, 0, 3]), a < torch.tensor([2.5]))
