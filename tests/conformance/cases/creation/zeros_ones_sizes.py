import torch

print(torch.zeros(2, 3))
print(torch.ones((2,)))
print(torch.zeros([1, 2]))
print(torch.ones(torch.Size([2, 1])))
print(torch.zeros(()))
