import torch

x = torch.tensor([1.0, 2.0, 3.0])
print(x.unsqueeze(0))
print(x.unsqueeze(1))
print(x.unsqueeze(-1).shape, x.unsqueeze(-2).shape)
print(torch.unsqueeze(x, 0).stride(), x.unsqueeze(1).stride())
print(torch.tensor(7).unsqueeze(0))
