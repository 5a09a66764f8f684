"""cross (vector products of 3-vectors along a dim) and kron (the Kronecker product)."""
from .._engine import ops
from .._tensor import tensor_method, wrap
from ._args import check_tensor


@tensor_method()
def cross(input, other, dim=None):
    check_tensor("cross", "input", 1, input)
    check_tensor("cross", "other", 2, other)
    return wrap(ops.cross(input._h, other._h, None if dim is None else int(dim)))


@tensor_method()
def kron(input, other):
    check_tensor("kron", "input", 1, input)
    check_tensor("kron", "other", 2, other)
    return wrap(ops.kron(input._h, other._h))
