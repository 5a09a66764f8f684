"""Views and copies: view, reshape, expand, clone, detach."""
from .._engine import ops
from .._tensor import tensor_method, wrap


def shape_args(args):
    """Shape arguments given as ``f(2, 3)`` or ``f((2, 3))``."""
    if len(args) == 1 and isinstance(args[0], (tuple, list)):
        args = args[0]
    return [int(d) for d in args]


@tensor_method()
def view(input, *shape):
    return wrap(ops.view(input._h, shape_args(shape)))


@tensor_method()
def reshape(input, *shape):
    return wrap(ops.reshape(input._h, shape_args(shape)))


@tensor_method()
def expand(input, *shape):
    return wrap(ops.expand(input._h, shape_args(shape)))


@tensor_method()
def clone(input):
    return wrap(ops.clone(input._h))


@tensor_method()
def detach(input):
    return wrap(ops.detach(input._h))
