# GroupNorm: values to every digit, gradients, repr and errors.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_printoptions(precision=10)
torch.manual_seed(3)
gn = nn.GroupNorm(2, 4)
print(gn, nn.GroupNorm(3, 6, eps=1e-3, affine=False), list(gn.state_dict().keys()))
with torch.no_grad():
    gn.weight.copy_(torch.tensor([0.5, -1.0, 2.0, 1.5]))
    gn.bias.copy_(torch.tensor([0.1, 0.0, -0.2, 0.3]))
x = torch.randn(2, 4, 3, 3, requires_grad=True) * 2
y = gn(x)
print(y)
print(y.grad_fn.name())
print(F.group_norm(torch.randn(3, 6, 5), 3))
print(F.group_norm(torch.randn(2, 4, dtype=torch.float64), 2, torch.ones(4, dtype=torch.float64)))

torch.set_printoptions(precision=4)
leaf = torch.randn(2, 6, 4, requires_grad=True)
w = torch.randn(6, requires_grad=True)
b = torch.randn(6, requires_grad=True)
(F.group_norm(leaf, 3, w, b) * torch.arange(48.0).reshape(2, 6, 4).sin()).sum().backward()
print(leaf.grad[0], w.grad, b.grad, sep="\n")

try:
    nn.GroupNorm(4, 6)
except ValueError as e:
    print("ValueError:", e)
try:
    F.group_norm(torch.randn(2, 6, 3), 4)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    F.group_norm(torch.randn(1, 2, 1), 2)
except ValueError as e:
    print("ValueError:", e)
