import torch

x = torch.tensor([0.5, 1.5], requires_grad=True)
for f in (torch.exp, torch.log, torch.sqrt, torch.sin, torch.cos, torch.tanh, torch.sigmoid, torch.relu, torch.abs,
          torch.log1p, torch.exp2, torch.rsqrt, torch.reciprocal, torch.neg, torch.floor, torch.round, torch.sign,
          torch.frac, torch.square, torch.tan, torch.log2, torch.log10, torch.expm1, torch.trunc, torch.ceil):
    print(f.__name__, type(f(x).grad_fn).__name__)
