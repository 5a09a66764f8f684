import torch
import torch.nn.functional as F

# bfloat16 activations as PyTorch 1.13's CPU computes them: gelu (through oneDNN), elu, selu,
# celu, softplus, hardtanh, relu6, hardswish and hardsigmoid in float32, each result rounded
# once; silu, gelu's tanh form and gelu of a strided tensor in bfloat16 steps. 100 elements: six
# whole vectors of 16 and a tail of 4, which PyTorch computes one at a time.
torch.manual_seed(0)
x = (torch.randn(100) * 4).bfloat16()
g = torch.randn(100).bfloat16()
strided = torch.stack([x, -x], 1)[:, 0]


def bits(t):
    return t.view(torch.int16).tolist()


for name, f in [("gelu", F.gelu), ("gelu_tanh", lambda t: F.gelu(t, approximate="tanh")), ("silu", F.silu),
                ("elu", lambda t: F.elu(t, 0.8)), ("selu", F.selu), ("celu", lambda t: F.celu(t, 1.7)),
                ("softplus", lambda t: F.softplus(t, 2, 3)), ("hardtanh", lambda t: F.hardtanh(t, -2, 3)),
                ("relu6", F.relu6), ("hardswish", F.hardswish), ("hardsigmoid", F.hardsigmoid)]:
    for label, t in [("contiguous", x), ("strided", strided)]:
        leaf = t.detach().clone().requires_grad_() if label == "contiguous" else None
        y = f(leaf if leaf is not None else t)
        print(name, label, y.dtype, bits(y))
        if leaf is not None and name not in ("hardtanh", "relu6"):
            y.backward(g)
            print("  grad", leaf.grad.dtype, y.grad_fn.name(), bits(leaf.grad))

# The gradient of a strided input, in PyTorch's scalar steps.
for name, f in [("gelu", F.gelu), ("silu", F.silu), ("gelu_tanh", lambda t: F.gelu(t, approximate="tanh"))]:
    base = torch.stack([x, -x], 1).requires_grad_()
    f(base[:, 0]).backward(g)
    print(name, "strided grad", bits(base.grad[:, 0]))

print(F.silu(x[:5]), F.gelu(x[:1]), F.celu(x[:3], 0.5))

# No bfloat16 kernel: mish, and hardtanh's gradient (PyTorch names hardshrink's).
try:
    F.mish(x)
except RuntimeError as e:
    print("mish ->", e)
for f in (F.hardtanh, F.relu6):
    leaf = x.detach().clone().requires_grad_()
    try:
        f(leaf).sum().backward()
    except RuntimeError as e:
        print(f.__name__, "backward ->", e)
