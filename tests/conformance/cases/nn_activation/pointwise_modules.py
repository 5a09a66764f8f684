# Activation modules: reprs, the in-place forms, integer inputs and argument errors.
import torch
from torch import nn
import torch.nn.functional as F

for m in [nn.GELU(), nn.GELU("tanh"), nn.SiLU(), nn.SiLU(inplace=True), nn.ELU(), nn.ELU(0.5, True), nn.SELU(),
          nn.Softplus(), nn.Softplus(2, 10.0), nn.Mish(), nn.Hardtanh(), nn.Hardtanh(-2, 2, True), nn.ReLU6(),
          nn.ReLU6(True), nn.Hardswish(), nn.Hardsigmoid(True)]:
    print(m, m(torch.tensor([-4.0, -1.0, 0.5, 3.0, 7.0])))
print(nn.Sequential(nn.Linear(2, 3), nn.GELU(), nn.Linear(3, 1), nn.Softplus()))

x = torch.tensor([-2.0, 0.5, 8.0])
y = F.relu6(x, inplace=True)
print(y is x, x)
print(F.hardtanh(torch.tensor([-3, 0, 3]), -2, 2))
for f in [F.gelu, F.silu, F.elu, F.softplus, F.mish, F.hardswish, F.hardsigmoid, F.selu]:
    try:
        f(torch.tensor([1, 2]))
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    F.gelu(torch.ones(2), approximate="fast")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    nn.Hardtanh(2, 1)
except AssertionError as e:
    print("AssertionError", e)
