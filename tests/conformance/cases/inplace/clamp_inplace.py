import torch

x = torch.tensor([-2.0, 0.5, 3.0])
x.clamp_(0, 1)
print(x)
i = torch.tensor([1, 5, 9])
i.clamp_(max=6)
print(i)
