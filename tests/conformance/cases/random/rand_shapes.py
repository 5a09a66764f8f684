import torch

torch.manual_seed(3)
print(torch.rand(2, 3))
print(torch.rand((3, 2)))
print(torch.rand([1, 4]))
print(torch.rand(size=(2,)))
print(torch.rand(()))
