"""addmm: bias + mat1 @ mat2 in one op (what nn.Linear computes); baddbmm: the same per batch entry."""
from .._engine import ops
from .._tensor import tensor_method, wrap


@tensor_method()
def addmm(input, mat1, mat2, *, beta=1, alpha=1):
    if beta != 1 or alpha != 1:
        return input * beta + (mat1 @ mat2) * alpha
    return wrap(ops.addmm(input._h, mat1._h, mat2._h))


@tensor_method()
def baddbmm(input, batch1, batch2, *, beta=1, alpha=1):
    same_float = input.dtype == batch1.dtype == batch2.dtype and input.dtype.is_floating_point
    if beta != 1 or alpha != 1 or not same_float:
        return input * beta + batch1.bmm(batch2) * alpha
    return wrap(ops.baddbmm(input._h, batch1._h, batch2._h))
