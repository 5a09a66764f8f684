"""Reductions: over every element, or over ``dim`` (an int or a tuple) with ``keepdim``."""
from .._engine import ops
from .._tensor import tensor_method, wrap


def dims_list(dim):
    return list(dim) if isinstance(dim, (tuple, list)) else [dim]


@tensor_method()
def sum(input, dim=None, keepdim=False):
    if dim is None:
        return wrap(ops.sum(input._h))
    return wrap(ops.sum_dims(input._h, dims_list(dim), keepdim))


@tensor_method()
def mean(input, dim=None, keepdim=False):
    if dim is None:
        return wrap(ops.mean(input._h))
    return wrap(ops.mean_dims(input._h, dims_list(dim), keepdim))
