# Gradients that are pure rounding noise (the normalised output's sum and squares barely depend
# on the input): only PyTorch's own summation order reproduces them.
import torch
import torch.nn as nn
torch.manual_seed(1)
flat = nn.BatchNorm1d(4)
z = torch.randn(6, 4, requires_grad=True)
(flat(z) ** 2).mean().backward()
print(z.grad, flat.weight.grad, flat.bias.grad)
ln = nn.LayerNorm(5)
u = torch.randn(3, 5, requires_grad=True)
ln(u).sum().backward()
print(u.grad, ln.weight.grad)
