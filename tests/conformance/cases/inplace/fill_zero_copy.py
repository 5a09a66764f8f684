import torch

x = torch.tensor([1.0, 2.0, 3.0])
x.fill_(7)
print(x)
x.zero_()
print(x)
x.copy_(torch.tensor([4.0, 5.0, 6.0]))
print(x)
i = torch.tensor([1, 2])
i.copy_(torch.tensor([1.7, -2.7]))
print(i)
