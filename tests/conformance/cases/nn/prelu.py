# nn.PReLU and F.prelu: one slope or one per channel (dim 1), values, gradients for input and
# slopes, grad_fn, reprs and PyTorch's errors.
import torch
from torch import nn
import torch.nn.functional as F

torch.set_printoptions(precision=10)
torch.manual_seed(0)
print(nn.PReLU(), nn.PReLU(3, init=0.1), nn.PReLU().weight, nn.PReLU(2, 0.5).weight)
x = torch.randn(2, 3, 4, requires_grad=True)
for layer in (nn.PReLU(), nn.PReLU(3, init=0.1)):
    y = layer(x)
    print(y, type(y.grad_fn).__name__, [type(f).__name__ for f, _ in y.grad_fn.next_functions])
    x.grad = None
    (y * torch.arange(24.0).view(2, 3, 4)).sum().backward()
    print(x.grad, layer.weight.grad)
w = torch.tensor([0.2, -0.3], dtype=torch.float64, requires_grad=True)
v = torch.tensor([[1.5, -2.0], [-0.5, 0.0]], dtype=torch.float64, requires_grad=True)
out = F.prelu(v, w)
out.sum().backward()
print(out, v.grad, w.grad)
print(F.prelu(torch.tensor(-2.0), torch.tensor([0.25])), F.prelu(torch.tensor([-1.0, 3.0]), torch.tensor(0.5)))
print(torch.prelu(torch.randn(3, 2), torch.ones(2) * 0.1))
for f in [lambda: F.prelu(x, torch.ones(4)), lambda: F.prelu(torch.tensor(1.0), torch.ones(3)),
          lambda: F.prelu(x, torch.ones(1, 3)), lambda: F.prelu(torch.tensor([1, 2]), torch.ones(1)),
          lambda: F.prelu(x, 0.25)]:
    try:
        f()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
