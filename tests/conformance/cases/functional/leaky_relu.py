import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 1.5], requires_grad=True)
y = F.leaky_relu(x)
print(y)
y.sum().backward()
print(x.grad)
print(F.leaky_relu(x, 0.2))
print(nn.LeakyReLU(0.3)(x))
print(nn.LeakyReLU(0.3))
