import torch

x = torch.tensor([1.0, 2.0])
y = x.clone()
y.add_(1)
print(x, y)
