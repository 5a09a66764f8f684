import torch

torch.set_printoptions(threshold=5, edgeitems=2)
print(torch.arange(10))
print(torch.arange(20.0).reshape(4, 5))
torch.set_printoptions(profile='short')
print(torch.tensor([1.23456, 2.0]), torch.arange(2000))
torch.set_printoptions(profile='full')
print(torch.arange(12))
