import torch

print(torch.tensor([1e-5, 1.0, 1000.0]))
print(torch.tensor([123456789.0, 1.0]))
torch.set_printoptions(precision=2)
print(torch.tensor([1.23456, 2.5]))
torch.set_printoptions(sci_mode=False)
print(torch.tensor([1e-5, 1.0]))
torch.set_printoptions(profile='default')
print(torch.tensor([1.23456, 2.5]))
