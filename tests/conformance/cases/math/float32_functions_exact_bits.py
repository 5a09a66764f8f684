import torch

# Full float32 values (tolist), 40 elements: two whole blocks of 16 and a tail of 8.
x = torch.tensor([0.37 * i - 7.1 for i in range(40)])
unit = x / 8
positive = x.abs() + 0.01
for name in ("exp", "expm1", "tanh", "sigmoid", "sin", "cos", "atan", "sinh", "cosh"):
    print(name, getattr(torch, name)(x).tolist())
for name in ("log", "log1p", "log10", "sqrt", "rsqrt"):
    print(name, getattr(torch, name)(positive).tolist())
for name in ("tan", "asin", "acos"):
    print(name, getattr(torch, name)(unit).tolist())
