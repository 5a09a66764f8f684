"""addmm: bias + mat1 @ mat2 in one op (what nn.Linear computes)."""
from .._engine import ops
from .._tensor import tensor_method, wrap


@tensor_method()
def addmm(input, mat1, mat2, *, beta=1, alpha=1):
    if beta != 1 or alpha != 1:
        return input * beta + (mat1 @ mat2) * alpha
    return wrap(ops.addmm(input._h, mat1._h, mat2._h))
