# Gradients of gradients through the gather- and scatter-like ops and the diagonals, whose
# backward formulas are recorded with ops that have derivatives of their own: gather's gradient
# is a scatter_add (ScatterAddBackward0), index_select's an index_add (IndexAddBackward0),
# masked_select's a masked_scatter (MaskedScatterBackward0), scatter's a scatter with 0 and a
# gather, diagonal's and diag's a diagonal_backward (DiagonalBackwardBackward0), trace's an
# index_fill (IndexFillBackward1) seen through a view. Each prints the first derivative, the
# nodes of its graph and the second derivative.
import torch

torch.set_printoptions(precision=6)


def graph(fn, depth=3):
    if fn is None:
        return "None"
    if depth == 0:
        return fn.name()
    parts = [graph(next_fn, depth - 1) for next_fn, _ in fn.next_functions]
    return fn.name() + ("(" + ", ".join(parts) + ")" if parts else "")


x = torch.tensor([[0.5, -1.5, 2.0, 0.75], [1.0, 0.25, -3.0, 1.25], [-0.5, 2.5, 1.5, -2.0]],
                 dtype=torch.float64, requires_grad=True)
s = torch.tensor([[0.2, -0.4, 1.1], [0.7, 1.3, -0.9]], dtype=torch.float64, requires_grad=True)
rows = torch.tensor([[2, 0, 2], [1, 1, 0]])  # repeats positions
mask = torch.tensor([True, False, True, True])
functions = {
    "gather": lambda t, u: t.gather(1, rows) ** 2,
    "gather dim 0": lambda t, u: t.gather(0, rows) * t[:2, :3],
    "take_along_dim": lambda t, u: torch.take_along_dim(t, torch.tensor([[2, 0], [1, 1], [0, 3]]), 1).exp(),
    "index_select": lambda t, u: t.index_select(1, torch.tensor([3, 0, 3])) ** 3,
    "index_select dim 0": lambda t, u: t.index_select(0, torch.tensor([2, 2])).sin(),
    "masked_select": lambda t, u: t.masked_select(mask) ** 2,
    "masked_select broadcast": lambda t, u: t[0].masked_select(mask.expand(3, 4)).exp(),
    "scatter": lambda t, u: t.scatter(1, torch.tensor([[3, 0, 1], [2, 2, 1]]), u * t[:2, :3]) ** 2,
    "scatter value": lambda t, u: t.scatter(0, torch.tensor([[1, 0, 2]]), 2.5) ** 3,
    "scatter_add": lambda t, u: t.scatter_add(1, rows, u * u) ** 2,
    "scatter_ inplace": lambda t, u: (t * 1).scatter_(1, torch.tensor([[1], [3], [0]]), t[:, 2:3] ** 2) ** 2,
    "scatter_add_ inplace": lambda t, u: (t * t).scatter_add_(0, rows, u.exp()) * t,
    "diagonal": lambda t, u: t.diagonal(1) ** 3,
    "diagonal dims": lambda t, u: t.diagonal(-1, 1, 0).exp(),
    "diag matrix": lambda t, u: torch.diag(t, -1) ** 2,
    "diag vector": lambda t, u: torch.diag(t[0] * t[1], 1) ** 2,
    "diag_embed": lambda t, u: torch.diag_embed(t.exp(), 1) ** 2,
    "trace": lambda t, u: torch.trace(t).reshape(1) ** 2,
    "trace square": lambda t, u: torch.trace(t[:, :3] * t[:, 1:]).reshape(1) ** 3,
}
for name, f in functions.items():
    gx, gs = torch.autograd.grad(f(x, s).sum(), (x, s), create_graph=True, allow_unused=True)
    print(name, graph(gx.grad_fn), graph(gs.grad_fn) if gs is not None else None)
    print(gx.detach())
    if gs is not None:
        print(gs.detach())
    second = (gx * gx).sum() + (gs * gs).sum() if gs is not None else (gx * gx).sum()
    print(torch.autograd.grad(second, (x, s), allow_unused=True))

# float32: the recorded backward adds repeated positions in PyTorch's order, bit for bit.
y = torch.tensor([[0.1, 0.7, -0.3], [1.9, -2.3, 0.45]], requires_grad=True)
(g,) = torch.autograd.grad((y.gather(1, torch.tensor([[0, 0, 0, 2], [1, 1, 1, 1]])) ** 2).sum() / 7, y, create_graph=True)
print(g.tolist(), torch.autograd.grad(g.pow(2).sum(), y)[0].tolist())

# A 0-dim input reads as one of size 1.
z = torch.tensor(1.5, dtype=torch.float64, requires_grad=True)
(g,) = torch.autograd.grad((z.gather(0, torch.tensor([0, 0])) ** 3).sum(), z, create_graph=True)
print(g, g.grad_fn.name(), torch.autograd.grad(g, z))

# The Hessian of a negative log-likelihood that picks its class scores with gather.
targets = torch.tensor([[2], [0]])


def nll(logits):
    return -torch.log_softmax(logits.reshape(2, 3), 1).gather(1, targets).sum()


print(torch.autograd.functional.hessian(nll, torch.tensor([0.5, -1.0, 0.25, 2.0, 0.0, -0.5], dtype=torch.float64)))

# embedding's gradient is an op of its own whose gradient picks the rows again; embedding_bag's
# has no derivative in PyTorch, and says so.
table = torch.tensor([[0.5, -1.0], [2.0, 0.25], [3.0, -0.75]], dtype=torch.float64, requires_grad=True)
for padding_idx in (None, 2):
    out = torch.nn.functional.embedding(torch.tensor([[2, 0], [2, 1]]), table, padding_idx=padding_idx)
    (g,) = torch.autograd.grad((out ** 3).sum(), table, create_graph=True)
    print(g, graph(g.grad_fn), torch.autograd.grad((g * g).sum(), table), sep="\n")
bag = torch.nn.functional.embedding_bag(torch.tensor([0, 2, 1, 2]), table, torch.tensor([0, 2]))
(g,) = torch.autograd.grad((bag * bag).sum(), table, create_graph=True)
print(g, graph(g.grad_fn))
try:
    torch.autograd.grad(g.sum(), table)
except RuntimeError as e:
    print("RuntimeError:", e)
