# celu(x, α) = max(0, x) + min(0, α·(exp(x/α) − 1)): torch.celu, F.celu, nn.CELU, the in-place
# forms, float32 bits of the values and gradients (18 elements: a vector block and a scalar
# tail), the second derivative, and PyTorch's errors.
import torch
import torch.nn.functional as F
from torch import nn

x = torch.tensor([-3.7, -2.25, -1.3, -0.6, -0.05, 0.0, 0.2, 0.45, 0.9, 1.35, 2.0, 2.8, 3.3, 4.1, 5.5, 7.25, -0.8, 1.7],
                 requires_grad=True)
for alpha in (1.0, 0.7, 2.5):
    y = torch.celu(x, alpha)
    print(alpha, y.grad_fn.name(), y.detach().view(torch.int32).tolist())
    (g,) = torch.autograd.grad(y, x, torch.linspace(-1, 1, 18), create_graph=True)
    print("  grad", g.grad_fn.name(), g.detach().view(torch.int32).tolist())
    (h,) = torch.autograd.grad(g.sum(), x)
    print("  second", h)

print(F.celu(torch.tensor([-1.0, 0.5]), alpha=0.5), F.celu(torch.tensor([[-2.0], [1.0]], dtype=torch.float64)))
for m in [nn.CELU(), nn.CELU(0.5), nn.CELU(alpha=2, inplace=True), nn.CELU(inplace=False)]:
    print(m, m(torch.tensor([-4.0, -1.0, 0.5])))
print(nn.Sequential(nn.Linear(2, 3), nn.CELU(1.5)))

a = torch.tensor([-1.0, 1.0])
print(F.celu(a, 2.0, True) is a, a)
b = torch.tensor([-1.0, 1.0])
print(F.celu_(b, 0.5) is b, torch.celu_(b), b)

for f in [lambda: torch.celu(torch.tensor([1, 2])), lambda: torch.celu(torch.tensor([True])),
          lambda: torch.celu(torch.tensor([1.0]).half()), lambda: torch.celu(torch.tensor([1.0]), 0.0),
          lambda: F.celu(torch.tensor([1, 2]), alpha=0), lambda: torch.celu(torch.tensor([1.0]), "a"),
          lambda: torch.celu([1.0]), lambda: F.celu(torch.tensor([1.0]), None)]:
    try:
        f()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
