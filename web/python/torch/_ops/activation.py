"""softmax and log_softmax along a dim (torch.* and Tensor methods)."""
from .._engine import ops
from .._tensor import tensor_method, wrap


@tensor_method()
def softmax(input, dim, dtype=None):
    if dtype is not None:
        input = input.to(dtype)
    return wrap(ops.softmax(input._h, dim))


@tensor_method()
def log_softmax(input, dim, dtype=None):
    if dtype is not None:
        input = input.to(dtype)
    return wrap(ops.log_softmax(input._h, dim))
