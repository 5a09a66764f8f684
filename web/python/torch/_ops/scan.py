"""Running folds along a dim: cumprod, logcumsumexp, cummax, cummin (cumsum is with the
reductions)."""
from .. import return_types
from .._engine import ops
from .._tensor import tensor_method, wrap
from ._args import check_tensor


@tensor_method()
def cumprod(input, dim, *, dtype=None):
    check_tensor("cumprod", "input", 1, input)
    return wrap(ops.cumprod(input._h, int(dim), -1 if dtype is None else dtype.code))


@tensor_method()
def logcumsumexp(input, dim):
    check_tensor("logcumsumexp", "input", 1, input)
    return wrap(ops.logcumsumexp(input._h, int(dim)))


@tensor_method()
def cummax(input, dim):
    check_tensor("cummax", "input", 1, input)
    values, indices = ops.cummax(input._h, int(dim))
    return return_types.cummax(wrap(values), wrap(indices))


@tensor_method()
def cummin(input, dim):
    check_tensor("cummin", "input", 1, input)
    values, indices = ops.cummin(input._h, int(dim))
    return return_types.cummin(wrap(values), wrap(indices))
