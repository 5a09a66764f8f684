# Gradients of gradients through ops whose backward formulas are now recorded too: split, chunk,
# unbind and cat (CatBackward0, StackBackward0), select and slice (SelectBackwardBackward0,
# SliceBackwardBackward0), cumsum, cumprod and logcumsumexp, prod with zeros, in-place ops (their
# saved self is a recorded clone) and writes into a slice of a tensor that requires grad
# (CopySlices), each checked against the value PyTorch computes and the node it names.
import torch

torch.set_printoptions(precision=6)


def graph(fn, depth=3):
    if fn is None:
        return "None"
    if depth == 0:
        return fn.name()
    parts = [graph(next_fn, depth - 1) for next_fn, _ in fn.next_functions]
    return fn.name() + ("(" + ", ".join(parts) + ")" if parts else "")


x = torch.tensor([[0.5, -1.5, 2.0, 0.75], [1.0, 0.25, -3.0, 1.25]], dtype=torch.float64, requires_grad=True)
v = torch.tensor([0.2, -0.4, 1.1], dtype=torch.float64, requires_grad=True)
functions = {
    "split": lambda t: torch.split(t, 3, 1)[0] ** 2,
    "chunk": lambda t: torch.cat(t.chunk(2, 1), 0) ** 3,
    "unbind": lambda t: t.unbind(1)[1] * t.unbind(1)[2],
    "cat": lambda t: torch.cat([t, t * t], 1).pow(2),
    "select": lambda t: t.select(1, -1) ** 2,
    "slice": lambda t: t[:, 1:4:2] ** 2,
    "narrow": lambda t: t.narrow(1, 1, 2).exp(),
    "t": lambda t: t.t() ** 3,
    "cumsum": lambda t: t.cumsum(1) ** 2,
    "cumprod": lambda t: t.cumprod(1),
    "cumprod zeros": lambda t: torch.cat([t[:, :1], t[:, 1:] * 0], 1).add(t.detach() == 0).cumprod(1) * t,
    "logcumsumexp": lambda t: t.logcumsumexp(1),
    "prod": lambda t: t.prod(1),
    "prod one zero": lambda t: (t * torch.tensor([[1.0, 0, 1, 1], [1, 1, 1, 1]], dtype=torch.float64)).prod(),
    "prod dim zero": lambda t: (t * torch.tensor([1.0, 0, 1, 1], dtype=torch.float64)).prod(1),
    "mul_": lambda t: (t * 1).mul_(t),
    "div_": lambda t: (t * 1).div_(t * t + 1),
    "add_": lambda t: (t * t).add_(t, alpha=2),
    "exp_": lambda t: (t * 1).exp_(),
    "tanh_": lambda t: (t * 1).tanh_() * t,
    "relu_": lambda t: (t * t).relu_() * t,
    "sigmoid_": lambda t: (t * 2).sigmoid_(),
    "addcmul_": lambda t: (t * 1).addcmul_(t, t, value=0.5),
    "lerp_": lambda t: (t * 1).lerp_(t * t, 0.3),
    "clamp_": lambda t: (t * t).clamp_(0.1, 4) * t,
}
for name, f in functions.items():
    (g,) = torch.autograd.grad(f(x).sum(), x, create_graph=True)
    (h,) = torch.autograd.grad((g * g).sum(), x, allow_unused=True)
    print(name, graph(g.grad_fn, 1))
    print(g.detach(), h, sep="\n")


def write_slice(t, u):
    y = t.clone()
    y[0, 1:] = u * t[1, 1:]
    return y * y


def mul_column(t, u):
    y = t * 1
    y[:, 1].mul_(t[:, 2])
    return y.exp()


def view_after_base_changed(t, u):
    y = t * 1
    row = y[0]
    y.mul_(2)
    return row * row


for name, f in {"write_slice": write_slice, "mul_column": mul_column, "view_after_base_changed": view_after_base_changed}.items():
    gx, gv = torch.autograd.grad(f(x, v).sum(), (x, v), create_graph=True, allow_unused=True)
    print(name, graph(gx.grad_fn, 2))
    print(gx.detach())
    second = (gx * gx).sum() + (gv * gv).sum() if gv is not None else (gx * gx).sum()
    print(torch.autograd.grad(second, (x, v), allow_unused=True))

w = torch.tensor([[0.5, -1.0, 0.0], [2.0, 0.0, -0.5]], requires_grad=True)
print(torch.autograd.grad(w.prod(), w, create_graph=True)[0])
print(torch.autograd.grad(w.prod(1).sum(), w, create_graph=True)[0])
y = w * 1
y[:, 1:].add_(w[:, :2])
(g,) = torch.autograd.grad((y * y).sum(), w, create_graph=True)
print(g, graph(g.grad_fn, 1))
print(torch.autograd.grad(g.sum(), w))
