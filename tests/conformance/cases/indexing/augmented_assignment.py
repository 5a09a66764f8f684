import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
x[0, 1] += 10
x[1] *= 2
x[:, 0] -= 1
x[1, 1] /= 4
print(x)
