# Losses of operands of different dtypes (int64, float32, float64), with each floating operand
# requiring grad or not: the loss's dtype and value or PyTorch's error, then each gradient's dtype
# and value or the error backward raises. Each case builds its own tensors, so an error is never
# reported against an earlier case's result.
import itertools

import torch
import torch.nn.functional as F

DTYPES = [torch.int64, torch.float32, torch.float64]
X = [0.25, 1.5, -2.0, 3.0]
Y = [1.0, -0.5, 2.0, 3.0]
P = [0.25, 0.5, 0.75, 1.0]
LABELS = [0.0, 1.0, 1.0, 0.0]

LOSSES = [
    ("mse_loss", lambda a, b: F.mse_loss(a, b), X, Y),
    ("mse_loss none", lambda a, b: F.mse_loss(a, b, reduction="none"), X, Y),
    ("l1_loss", lambda a, b: F.l1_loss(a, b), X, Y),
    ("smooth_l1_loss", lambda a, b: F.smooth_l1_loss(a, b), X, Y),
    ("smooth_l1_loss beta=0", lambda a, b: F.smooth_l1_loss(a, b, beta=0.0), X, Y),
    ("huber_loss", lambda a, b: F.huber_loss(a, b), X, Y),
    ("huber_loss sum", lambda a, b: F.huber_loss(a, b, reduction="sum"), X, Y),
    ("binary_cross_entropy", lambda a, b: F.binary_cross_entropy(a, b), P, LABELS),
    ("binary_cross_entropy_with_logits", lambda a, b: F.binary_cross_entropy_with_logits(a, b), X, LABELS),
    ("binary_cross_entropy_with_logits pos_weight",
     lambda a, b: F.binary_cross_entropy_with_logits(a, b, pos_weight=torch.tensor([2.0, 0.5, 1.0, 3.0], dtype=b.dtype)),
     X, LABELS),
    ("kl_div", lambda a, b: F.kl_div(a, b, reduction="batchmean"), X, P),
    ("kl_div log_target", lambda a, b: F.kl_div(a, b, reduction="sum", log_target=True), X, Y),
    ("cross_entropy probabilities", lambda a, b: F.cross_entropy(a.view(2, 2), b.view(2, 2)), X, P),
]


def describe(t):
    return f"{t.dtype} {t.tolist()}"


def error(e):
    return f"{type(e).__name__}: {e}"


for (name, loss, xs, ys), dx, dy in itertools.product(LOSSES, DTYPES, DTYPES):
    sides = [s for s, d in (("input", dx), ("target", dy)) if d.is_floating_point]
    for wanted in [()] + [c for k in (1, 2) for c in itertools.combinations(sides, k)]:
        x = torch.tensor(xs, dtype=torch.float64).to(dx).requires_grad_("input" in wanted)
        y = torch.tensor(ys, dtype=torch.float64).to(dy).requires_grad_("target" in wanted)
        head = f"{name} {str(dx)[6:]},{str(dy)[6:]} grad={'+'.join(wanted) or '-'}:"
        try:
            out = loss(x, y)
        except Exception as e:
            print(head, "forward", error(e))
            continue
        line = f"{head} forward {describe(out)}"
        if wanted:
            try:
                out.sum().backward()
                line += "".join(f" | d{s} " + describe(t.grad) for s, t in (("input", x), ("target", y)) if s in wanted)
            except Exception as e:
                line += " | backward " + error(e)
        print(line)

# nll_loss reads its weight in the input's dtype, before it reads the target.
scores = torch.tensor([[0.25, 0.5, -1.0], [0.75, 0.125, 2.0]], requires_grad=True)
for target in (torch.tensor([0, 2]), torch.tensor([0.0, 2.0])):
    for weight in (torch.tensor([1.5, 3.0, 0.5], dtype=torch.float64), torch.tensor([1, 3, 2])):
        try:
            print(F.nll_loss(scores, target, weight=weight))
        except Exception as e:
            print("nll_loss", target.dtype, weight.dtype, error(e))

# binary_cross_entropy's target gradient rounds as log(1 - x) - log(x).
for dtype in (torch.float32, torch.float64):
    p = torch.linspace(0.05, 0.95, 13, dtype=dtype)
    t = torch.linspace(0.0, 1.0, 13, dtype=dtype, requires_grad=True)
    F.binary_cross_entropy(p, t).backward()
    print(describe(t.grad))
