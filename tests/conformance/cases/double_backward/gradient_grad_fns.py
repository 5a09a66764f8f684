# The nodes of gradients made with create_graph=True: a formula with a kernel of its own is an
# op with its own derivative (MseLossBackwardBackward0, ...), a composed one shows its parts,
# and a product with a number inside a formula is the Scalar overload (MulBackward1).
import torch
import torch.nn.functional as F


def graph(fn):
    if fn is None:
        return "None"
    parts = [graph(next_fn) for next_fn, _ in fn.next_functions]
    return fn.name() + ("(" + ", ".join(parts) + ")" if parts else "")


def gradient_graph(output, wrt):
    (g,) = torch.autograd.grad(output, wrt, create_graph=True)
    return graph(g.grad_fn)


torch.manual_seed(0)
x = torch.randn(4, 3, requires_grad=True)
t = torch.randn(4, 3)
p = torch.rand(4, 3, requires_grad=True)
labels = torch.tensor([0, 2, 1, 0])
print("x**2*3", gradient_graph((x ** 2 * 3).sum(), x))
print("x.pow(3)", gradient_graph(x.pow(3).sum(), x))
losses = {
    "mse_loss": lambda: F.mse_loss(x, t),
    "mse_loss none": lambda: F.mse_loss(x, t, reduction="none").sum(),
    "nll_loss": lambda: F.nll_loss(x, labels),
    "cross_entropy": lambda: F.cross_entropy(x, labels),
    "smooth_l1_loss": lambda: F.smooth_l1_loss(x, t),
    "huber_loss": lambda: F.huber_loss(x, t, reduction="sum"),
    "binary_cross_entropy_with_logits": lambda: F.binary_cross_entropy_with_logits(x, t.sigmoid()),
    "with weight and pos_weight": lambda: F.binary_cross_entropy_with_logits(
        x, t.sigmoid(), weight=torch.rand(3), pos_weight=torch.rand(3), reduction="sum"),
}
for name, loss in losses.items():
    print(name, gradient_graph(loss(), x))
print("binary_cross_entropy", gradient_graph(F.binary_cross_entropy(p, t.sigmoid()), p))

activations = {
    "gelu": F.gelu, "gelu tanh": lambda v: F.gelu(v, approximate="tanh"), "elu": F.elu, "selu": F.selu,
    "softplus": F.softplus, "hardtanh": F.hardtanh, "relu6": F.relu6, "hardswish": F.hardswish,
    "silu": F.silu, "mish": F.mish,
}
for name, f in activations.items():
    print(name, gradient_graph(f(x).sum(), x))
(g,) = torch.autograd.grad(F.hardsigmoid(x).sum(), x, create_graph=True)
print("hardsigmoid", graph(g.grad_fn))
try:
    g.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)

image = torch.randn(2, 3, 6, 6, requires_grad=True)
weight = torch.randn(4, 3, 3, 3, requires_grad=True)
bias = torch.randn(4, requires_grad=True)
print("conv2d without bias", graph(F.conv2d(image, weight).grad_fn))
out = F.conv2d(image, weight, bias)
for name, g in zip(["input", "weight", "bias"], torch.autograd.grad(out.pow(2).sum(), (image, weight, bias), create_graph=True)):
    print("conv2d", name, graph(g.grad_fn))
signal = torch.randn(2, 3, 8, requires_grad=True)
print("conv1d", gradient_graph(F.conv1d(signal, torch.randn(4, 3, 3)).sum(), signal))
print("conv_transpose2d", gradient_graph(F.conv_transpose2d(image, torch.randn(3, 2, 3, 3, requires_grad=True), stride=2).pow(2).sum(), image))
print("max_pool2d", gradient_graph(F.max_pool2d(image, 2).pow(2).sum(), image))
print("avg_pool2d", gradient_graph(F.avg_pool2d(image, 2).pow(2).sum(), image))
print("adaptive_avg_pool2d", gradient_graph(F.adaptive_avg_pool2d(image, (2, 3)).pow(2).sum(), image))
print("max_pool1d", gradient_graph(F.max_pool1d(signal, 2).pow(2).sum(), signal))
