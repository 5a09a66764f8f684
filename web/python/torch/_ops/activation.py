"""softmax and log_softmax along a dim, and prelu (torch.* and Tensor methods)."""
from .._engine import ops
from .._tensor import tensor_method, wrap
from ._args import check_tensor


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


@tensor_method()
def prelu(input, weight):
    """x where x > 0, else weight·x, weight holding one slope or one per channel (dim 1)."""
    check_tensor("prelu", "input", 1, input)
    check_tensor("prelu", "weight", 2, weight)
    return wrap(ops.prelu(input._h, weight._h))
