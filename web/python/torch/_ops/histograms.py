"""bincount and histc: counts of values per bin (not differentiable)."""
from .._engine import ops
from .._tensor import tensor_method, wrap
from ._args import check_tensor


@tensor_method()
def bincount(input, weights=None, minlength=0):
    check_tensor("bincount", "input", 1, input)
    return wrap(ops.bincount(input._h, 0 if weights is None else weights._h, int(minlength)))


@tensor_method()
def histc(input, bins=100, min=0, max=0):
    check_tensor("histc", "input", 1, input)
    return wrap(ops.histc(input._h, int(bins), float(min), float(max)))
