import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
x.t()[0].add_(10)
print(x)
x.view(4)[3] = 0.0
print(x)
