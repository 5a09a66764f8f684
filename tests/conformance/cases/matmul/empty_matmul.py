import torch

print(torch.zeros(0, 3) @ torch.zeros(3, 2))
print(torch.ones(2, 0) @ torch.ones(0, 2))
print(torch.ones(0) @ torch.ones(0))
