import torch

x = torch.tensor([-1.5, 2.0])
print(+x, -x, abs(x))
print(+x is x)
