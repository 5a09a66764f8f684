"""Reductions: over every element, or over ``dim`` (an int or a tuple) with ``keepdim``.
As in PyTorch, numpy's ``axis=`` is accepted for ``dim=``."""
import builtins
import functools

from .. import return_types
from .._engine import ops
from .._tensor import Tensor, tensor_method, wrap
from ._args import check_tensor, dims_list


def _reduction(*names):
    """Installs a reduction as Tensor methods, taking numpy's axis= as another name for dim=."""

    def install(function):
        @functools.wraps(function)
        def reduce(input, *args, axis=None, **kwargs):
            if axis is not None:
                kwargs["dim"] = axis
            return function(input, *args, **kwargs)

        return tensor_method(*names)(reduce)

    return install


def _dtype_code(dtype):
    return -1 if dtype is None else dtype.code


@_reduction()
def sum(input, dim=None, keepdim=False, *, dtype=None):
    check_tensor("sum", "input", 1, input)
    return wrap(ops.sum(input._h, dims_list(dim), keepdim, _dtype_code(dtype)))


@_reduction()
def mean(input, dim=None, keepdim=False, *, dtype=None):
    check_tensor("mean", "input", 1, input)
    return wrap(ops.mean(input._h, dims_list(dim), keepdim, _dtype_code(dtype)))


@_reduction()
def prod(input, dim=None, keepdim=False, *, dtype=None):
    check_tensor("prod", "input", 1, input)
    return wrap(ops.prod(input._h, dim, keepdim, _dtype_code(dtype)))


@_reduction()
def all(input, dim=None, keepdim=False):
    check_tensor("all", "input", 1, input)
    return wrap(ops.all(input._h, dim, keepdim))


@_reduction()
def any(input, dim=None, keepdim=False):
    check_tensor("any", "input", 1, input)
    return wrap(ops.any(input._h, dim, keepdim))


def _extreme(name, input, dim, keepdim, other, reduce_all, reduce_dim, elementwise, result):
    check_tensor(name, "input", 1, input)
    if isinstance(dim, Tensor):  # torch.max(a, b): the elementwise form
        dim, other = None, dim
    if other is not None:
        check_tensor(name, "other", 2, other)
        return wrap(elementwise(input._h, other._h))
    if dim is None:
        return wrap(reduce_all(input._h))
    values, indices = reduce_dim(input._h, int(dim), keepdim)
    return result(wrap(values), wrap(indices))


@_reduction()
def max(input, dim=None, keepdim=False, *, other=None):
    return _extreme("max", input, dim, keepdim, other, ops.max, ops.max_dim, ops.maximum, return_types.max)


@_reduction()
def min(input, dim=None, keepdim=False, *, other=None):
    return _extreme("min", input, dim, keepdim, other, ops.min, ops.min_dim, ops.minimum, return_types.min)


@_reduction()
def amax(input, dim=(), keepdim=False):
    check_tensor("amax", "input", 1, input)
    return wrap(ops.amax(input._h, dims_list(dim), keepdim))


@_reduction()
def amin(input, dim=(), keepdim=False):
    check_tensor("amin", "input", 1, input)
    return wrap(ops.amin(input._h, dims_list(dim), keepdim))


@_reduction()
def argmax(input, dim=None, keepdim=False):
    check_tensor("argmax", "input", 1, input)
    return wrap(ops.argmax(input._h, dim, keepdim))


@_reduction()
def argmin(input, dim=None, keepdim=False):
    check_tensor("argmin", "input", 1, input)
    return wrap(ops.argmin(input._h, dim, keepdim))


def _spread(name, op, input, dim, unbiased, keepdim, correction):
    check_tensor(name, "input", 1, input)
    if isinstance(dim, builtins.bool):  # x.std(False): the unbiased flag given by position
        dim, unbiased = None, dim
    if correction is None:
        correction = 1 if unbiased else 0
    return wrap(op(input._h, dims_list(dim), float(correction), keepdim))


@_reduction()
def var(input, dim=None, unbiased=True, keepdim=False, *, correction=None):
    return _spread("var", ops.variance, input, dim, unbiased, keepdim, correction)


@_reduction()
def std(input, dim=None, unbiased=True, keepdim=False, *, correction=None):
    return _spread("std", ops.stddev, input, dim, unbiased, keepdim, correction)


@tensor_method()
def cumsum(input, dim, *, dtype=None):
    check_tensor("cumsum", "input", 1, input)
    return wrap(ops.cumsum(input._h, int(dim), _dtype_code(dtype)))


@tensor_method()
def norm(input, p="fro", dim=None, keepdim=False, dtype=None):
    check_tensor("norm", "input", 1, input)
    if p == "fro" or p is None:
        p = 2
    elif isinstance(p, str):
        from .._unsupported import unsupported

        raise unsupported(f"torch.norm(p='{p}')")
    result = wrap(ops.norm(input._h, float(p), dims_list(dim), keepdim))
    return result if dtype is None else result.to(dtype)


