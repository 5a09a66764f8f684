# Gradients through BatchNorm in training and in eval mode, and grad_fn's name.
import torch
import torch.nn as nn

torch.manual_seed(1)
bn = nn.BatchNorm2d(3)
x = torch.randn(2, 3, 4, 4, requires_grad=True)
y = bn(x)
print(y.grad_fn.name())
(y * torch.arange(96.0).reshape(2, 3, 4, 4).sin()).sum().backward()
print(x.grad[0, :, :2, :2])
print(bn.weight.grad, bn.bias.grad)

bn.eval()
x.grad = None
bn.zero_grad()
(bn(x) * torch.linspace(-1, 1, 96).reshape(2, 3, 4, 4)).sum().backward()
print(x.grad[1, :, 0])
print(bn.weight.grad, bn.bias.grad)

flat = nn.BatchNorm1d(4)
z = torch.randn(6, 4, requires_grad=True)
(flat(z) * torch.linspace(-2, 3, 24).reshape(6, 4)).sum().backward()
print(z.grad)
