import torch
import torch.nn.functional as F

# PyTorch 1.13's CPU build has no float16 kernel for these activations; each error names the
# kernel (hardtanh and relu6 reach clamp's overload for numbers).
h = torch.tensor([-1.5, 0.25, 3.0]).half()
for name, f in [("gelu", F.gelu), ("silu", F.silu), ("elu", F.elu), ("softplus", F.softplus), ("mish", F.mish),
                ("hardtanh", F.hardtanh), ("relu6", F.relu6), ("hardswish", F.hardswish),
                ("hardsigmoid", F.hardsigmoid), ("leaky_relu", F.leaky_relu), ("relu", F.relu),
                ("sigmoid", torch.sigmoid), ("tanh", torch.tanh), ("nn.ReLU", torch.nn.ReLU())]:
    try:
        f(h)
    except RuntimeError as e:
        print(name, "->", e)

# bfloat16 computes relu, sigmoid and tanh in float32 and rounds each result once.
torch.manual_seed(0)
torch.set_printoptions(precision=10)
b = (torch.randn(6) * 2).bfloat16().requires_grad_()
print(torch.nn.Sigmoid()(b))
for f in [torch.nn.ReLU(), torch.nn.Tanh()]:
    y = f(b)
    y.sum().backward()
    print(y, b.grad)
    b.grad = None
