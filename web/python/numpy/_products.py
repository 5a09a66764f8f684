"""Products of arrays: dot, matmul (the @ operator), outer, inner, computed by the engine's
matrix multiply in the operands' promoted dtype."""
import torch

from . import _dtypes
from ._creation import asarray
from ._ndarray import array_method, ndarray, shape_text
from ._reductions import _result


def _promoted(a, b):
    a, b = asarray(a), asarray(b)
    d = _dtypes.promote_types(a.dtype, b.dtype)
    if d is _dtypes.bool_:
        raise NotImplementedError("numpy.dot of bool arrays is not available in Gradbook's NumPy")
    return a, b, a._t.to(d.torch), b._t.to(d.torch)


def matmul(x1, x2, out=None):
    a, b, ta, tb = _promoted(x1, x2)
    if a.ndim == 0 or b.ndim == 0:
        raise ValueError("matmul: Input operand %d does not have enough dimensions (has 0, gufunc core with "
                         "signature (n?,k),(k,m?)->(n?,m?) requires 1)" % (0 if a.ndim == 0 else 1))
    k_a = a.shape[-1]
    k_b = b.shape[0] if b.ndim == 1 else b.shape[-2]
    if k_a != k_b:
        raise ValueError(f"matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                         f"(n?,k),(k,m?)->(n?,m?) (size {k_b} is different from {k_a})")
    return _result(torch.matmul(ta, tb), out)


@array_method()
def dot(a, b, out=None):
    a, b, ta, tb = _promoted(a, b)
    if a.ndim == 0 or b.ndim == 0:
        return _result(ta * tb, out)
    if b.ndim <= 2 or a.ndim == 1:
        k_b = b.shape[0] if b.ndim == 1 else b.shape[-2]
        if a.shape[-1] != k_b:
            raise ValueError(f"shapes {shape_text(a.shape)} and {shape_text(b.shape)} not aligned: "
                             f"{a.shape[-1]} (dim {a.ndim - 1}) != {k_b} (dim {0 if b.ndim == 1 else b.ndim - 2})")
        if b.ndim <= 2:
            return _result(torch.matmul(ta, tb), out)
    raise NotImplementedError("numpy.dot of arrays of more than two dimensions is not available in Gradbook's NumPy")


def outer(a, b, out=None):
    a, b, ta, tb = _promoted(a, b)
    return _result(ta.reshape(-1, 1) * tb.reshape(1, -1), out)


def inner(a, b):
    a, b, ta, tb = _promoted(a, b)
    if a.ndim == 0 or b.ndim == 0:
        return _result(ta * tb, None)
    if a.shape[-1] != b.shape[-1]:
        raise ValueError(f"shapes {shape_text(a.shape)} and {shape_text(b.shape)} not aligned: {a.shape[-1]} "
                         f"(dim {a.ndim - 1}) != {b.shape[-1]} (dim {b.ndim - 1})")
    if b.ndim > 2:
        raise NotImplementedError("numpy.inner of arrays of more than two dimensions is not available in "
                                  "Gradbook's NumPy")
    return _result(torch.matmul(ta, tb.transpose(-1, -2) if b.ndim == 2 else tb), None)


ndarray.__matmul__ = lambda self, other: NotImplemented if isinstance(other, torch.Tensor) else matmul(self, other)
ndarray.__rmatmul__ = lambda self, other: matmul(other, self)
