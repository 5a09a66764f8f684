"""Reductions: over every element, or over ``dim`` (an int or a tuple) with ``keepdim``
(NumPy's ``axis=`` and ``keepdims=`` too, as tensor_method gives every operator)."""
import builtins

from .. import return_types
from .._engine import ops
from .._tensor import Tensor, tensor_method, wrap
from ._args import check_tensor, dims_list
from .binary import CODES as _BINARY_CODES


def _dtype_code(dtype):
    return -1 if dtype is None else dtype.code


@tensor_method()
def sum(input, dim=None, keepdim=False, *, dtype=None):
    check_tensor("sum", "input", 1, input)
    if dim is None:
        return wrap(ops.sum(input._h, _dtype_code(dtype)))
    return wrap(ops.sum_dim(input._h, dims_list(dim), keepdim, _dtype_code(dtype)))


@tensor_method()
def mean(input, dim=None, keepdim=False, *, dtype=None):
    check_tensor("mean", "input", 1, input)
    if dim is None:
        return wrap(ops.mean(input._h, _dtype_code(dtype)))
    return wrap(ops.mean_dim(input._h, dims_list(dim), keepdim, _dtype_code(dtype)))


@tensor_method()
def prod(input, dim=None, keepdim=False, *, dtype=None):
    check_tensor("prod", "input", 1, input)
    if dim is None:
        return wrap(ops.prod(input._h, _dtype_code(dtype)))
    return wrap(ops.prod_dim(input._h, dim, keepdim, _dtype_code(dtype)))


@tensor_method()
def all(input, dim=None, keepdim=False):
    check_tensor("all", "input", 1, input)
    return wrap(ops.all(input._h) if dim is None else ops.all_dim(input._h, dim, keepdim))


@tensor_method()
def any(input, dim=None, keepdim=False):
    check_tensor("any", "input", 1, input)
    return wrap(ops.any(input._h) if dim is None else ops.any_dim(input._h, dim, keepdim))


def _maximum(a, b):
    return ops.binary(_BINARY_CODES["maximum"], a, b)


def _minimum(a, b):
    return ops.binary(_BINARY_CODES["minimum"], a, b)


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


@tensor_method()
def max(input, dim=None, keepdim=False, *, other=None):
    return _extreme("max", input, dim, keepdim, other, ops.max, ops.max_dim, _maximum, return_types.max)


@tensor_method()
def min(input, dim=None, keepdim=False, *, other=None):
    return _extreme("min", input, dim, keepdim, other, ops.min, ops.min_dim, _minimum, return_types.min)


@tensor_method()
def amax(input, dim=(), keepdim=False):
    check_tensor("amax", "input", 1, input)
    return wrap(ops.amax(input._h, dims_list(dim), keepdim))


@tensor_method()
def amin(input, dim=(), keepdim=False):
    check_tensor("amin", "input", 1, input)
    return wrap(ops.amin(input._h, dims_list(dim), keepdim))


@tensor_method()
def argmax(input, dim=None, keepdim=False):
    check_tensor("argmax", "input", 1, input)
    return wrap(ops.argmax(input._h, dim, keepdim))


@tensor_method()
def argmin(input, dim=None, keepdim=False):
    check_tensor("argmin", "input", 1, input)
    return wrap(ops.argmin(input._h, dim, keepdim))


def _spread_args(name, input, dim, unbiased, correction):
    """The dims and the correction that var, std, var_mean and std_mean compute with."""
    check_tensor(name, "input", 1, input)
    if isinstance(dim, builtins.bool):  # x.std(False): the unbiased flag given by position
        dim, unbiased = None, dim
    if correction is None:
        correction = 1 if unbiased else 0
    return dims_list(dim), float(correction)


@tensor_method()
def var(input, dim=None, unbiased=True, keepdim=False, *, correction=None):
    dims, correction = _spread_args("var", input, dim, unbiased, correction)
    return wrap(ops.variance(input._h, dims, correction, keepdim))


@tensor_method()
def std(input, dim=None, unbiased=True, keepdim=False, *, correction=None):
    dims, correction = _spread_args("std", input, dim, unbiased, correction)
    return wrap(ops.stddev(input._h, dims, correction, keepdim))


def var_mean(input, dim=None, unbiased=True, keepdim=False, *, correction=None):
    """(var, mean) as a plain tuple, both from one pass (PyTorch 1.13 has no Tensor.var_mean)."""
    dims, correction = _spread_args("var_mean", input, dim, unbiased, correction)
    spread, centre = ops.var_mean(input._h, dims, correction, keepdim)
    return wrap(spread), wrap(centre)


def std_mean(input, dim=None, unbiased=True, keepdim=False, *, correction=None):
    """(std, mean) as a plain tuple, both from one pass (PyTorch 1.13 has no Tensor.std_mean)."""
    dims, correction = _spread_args("std_mean", input, dim, unbiased, correction)
    spread, centre = ops.std_mean(input._h, dims, correction, keepdim)
    return wrap(spread), wrap(centre)


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


