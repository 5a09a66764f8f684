import torch

x = torch.tensor([0.3, 0.8, 1.7], requires_grad=True)
for f in (torch.exp, torch.log, torch.sqrt, torch.sin, torch.cos, torch.tan, torch.tanh, torch.sigmoid,
          torch.abs, torch.rsqrt, torch.reciprocal, torch.log2, torch.log10, torch.log1p, torch.expm1, torch.exp2):
    x.grad = None
    f(x).sum().backward()
    print(f.__name__, x.grad)
