# The second derivative of each everyday op, from backward formulas that were themselves recorded.
import torch

torch.set_printoptions(precision=6)
x = torch.tensor([0.3, -0.7, 1.2], dtype=torch.float64, requires_grad=True)
w = torch.tensor([[0.5, -1.0, 2.0], [1.5, 0.25, -0.5]], dtype=torch.float64, requires_grad=True)
functions = {
    "exp": lambda t: t.exp(), "log": lambda t: (t * t + 1).log(), "sin": torch.sin, "cos": torch.cos,
    "tanh": torch.tanh, "sigmoid": torch.sigmoid, "sqrt": lambda t: (t * t + 1).sqrt(),
    "rsqrt": lambda t: (t * t + 1).rsqrt(), "reciprocal": lambda t: (t + 2).reciprocal(),
    "pow": lambda t: t ** 3, "pow_tensor": lambda t: (t + 2) ** t, "div": lambda t: t / (t * t + 1),
    "abs": lambda t: t.abs() * t, "relu": lambda t: torch.relu(t) * t, "erf": torch.erf,
    "atan": torch.atan, "asin": lambda t: torch.asin(t / 2), "sinh": torch.sinh, "cosh": torch.cosh,
    "log1p": lambda t: (t * t).log1p(), "expm1": torch.expm1, "softmax": lambda t: torch.softmax(t, 0),
    "log_softmax": lambda t: torch.log_softmax(t, 0),
    "elu_like_where": lambda t: torch.where(t > 0, t * t, t.exp()),
    "mv": lambda t: w @ (t * t), "norm": lambda t: t.norm().reshape(1), "prod": lambda t: t.prod().reshape(1),
    "max": lambda t: (t * t).max().reshape(1), "mean_std": lambda t: torch.stack([t.var(), t.std()]),
    "leaky_relu": lambda t: torch.nn.functional.leaky_relu(t, 0.1) * t, "clamp": lambda t: t.clamp(-0.5, 1) * t,
}
for name, f in functions.items():
    y = f(x).sum()
    (g,) = torch.autograd.grad(y, x, create_graph=True)
    (h,) = torch.autograd.grad(g.sum(), x, allow_unused=True)
    print(name, g.detach(), h)

logits = (w * 2).detach().requires_grad_()
losses = {
    "matmul": lambda z: (z @ z.t()).sum(),
}
for name, f in losses.items():
    (g,) = torch.autograd.grad(f(logits), logits, create_graph=True)
    (h,) = torch.autograd.grad((g * g).sum(), logits, allow_unused=True)
    print(name, h)
