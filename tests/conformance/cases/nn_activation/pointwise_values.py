# The parametrised activations' values and gradients, float32 (17 elements: a vectorised block
# and a scalar tail) and float64, with their grad_fn names. GELU only in float64: its float32
# rounding differs from PyTorch's in the last bit for some elements.
import torch
import torch.nn.functional as F

torch.set_printoptions(precision=10)
torch.manual_seed(0)
x32 = (torch.randn(17) * 3).requires_grad_()
x64 = (torch.randn(5, dtype=torch.float64) * 3).requires_grad_()
cases = [
    ("gelu", lambda x: F.gelu(x)),
    ("gelu tanh", lambda x: F.gelu(x, approximate="tanh")),
    ("silu", F.silu),
    ("elu", lambda x: F.elu(x, alpha=0.7)),
    ("selu", F.selu),
    ("softplus", lambda x: F.softplus(x, beta=2, threshold=3)),
    ("mish", F.mish),
    ("hardtanh", lambda x: F.hardtanh(x, -2.0, 2.5)),
    ("relu6", F.relu6),
    ("hardswish", F.hardswish),
    ("hardsigmoid", F.hardsigmoid),
]
for name, f in cases:
    for x in (x64,) if name.startswith("gelu") else (x32, x64):
        x.grad = None
        y = f(x)
        y.backward(torch.linspace(-1, 2, x.numel(), dtype=x.dtype))
        print(name, y.grad_fn.name(), y, x.grad)
