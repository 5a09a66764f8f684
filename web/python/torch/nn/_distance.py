"""torch.nn.functional's similarities and distances: cosine_similarity, pairwise_distance and
normalize, in PyTorch 1.13's steps (so the values round alike and grad_fn shows the same nodes)."""
import torch

from .._dtype import scalar_type_name
from .._engine import ops
from .._size import broadcast_shapes
from .._tensor import wrap
from .._ops._args import check_tensor


def cosine_similarity(x1, x2, dim=1, eps=1e-8):
    """Σ (x1/‖x1‖)·(x2/‖x2‖) along dim, each squared norm raised to at least eps² first. The
    raise is made without recording (as PyTorch's), so gradients flow as if the norm were not
    clamped."""
    check_tensor("cosine_similarity", "x1", 1, x1)
    check_tensor("cosine_similarity", "x2", 2, x2)
    common = torch.result_type(x1, x2)
    if not common.is_floating_point:
        raise RuntimeError(f"expected common dtype to be floating point, yet common dtype is {scalar_type_name(common)}")
    x1 = x1 if x1.dtype == common else x1.to(common)
    x2 = x2 if x2.dtype == common else x2.to(common)
    shape = broadcast_shapes(x1.shape, x2.shape)
    x1, x2 = x1.expand(shape), x2.expand(shape)
    squared_norms = [x.pow(2).sum(dim, keepdim=True) for x in (x1, x2)]
    with torch.no_grad():
        for squared_norm in squared_norms:
            squared_norm.clamp_(min=eps * eps)
    # x2's quotient first, as PyTorch's C++ evaluates a product's right operand first (the order
    # the nodes are made in decides the order gradients are added in).
    right = x2 / squared_norms[1].sqrt()
    left = x1 / squared_norms[0].sqrt()
    return (left * right).sum(dim)


def pairwise_distance(x1, x2, p=2.0, eps=1e-6, keepdim=False):
    """‖x1 - x2 + eps‖_p over the last dim."""
    check_tensor("pairwise_distance", "x1", 1, x1)
    check_tensor("pairwise_distance", "x2", 2, x2)
    return wrap(ops.pairwise_distance(x1._h, x2._h, float(p), float(eps), bool(keepdim)))


def normalize(input, p=2.0, dim=1, eps=1e-12, out=None):
    """input / max(‖input‖_p along dim, eps), the norm expanded back to input's shape."""
    denom = input.norm(p, dim, keepdim=True).clamp_min(eps).expand_as(input)
    return input / denom if out is None else torch.div(input, denom, out=out)
