"""numpy.linalg: norm, inv, solve, det (the engine's linear algebra), with NumPy's LinAlgError."""

import torch

from . import _dtypes
from ._creation import asarray
from ._names import module_getattr
from ._reductions import _result, sum as _sum


class LinAlgError(ValueError):
    """numpy.linalg.LinAlgError: a singular matrix, or a shape linear algebra cannot take."""


LinAlgError.__module__ = "numpy.linalg"


def _square(a, name="inv"):
    a = asarray(a)
    if a.ndim < 2:
        raise LinAlgError(f"{a.ndim}-dimensional array given. Array must be at least two-dimensional")
    if a.shape[-1] != a.shape[-2]:
        raise LinAlgError("Last 2 dimensions of the array must be square")
    d = a.dtype if a.dtype.kind == "f" else _dtypes.float64
    return a._t.to(d.torch)


def _singular(function, *args):
    try:
        return function(*args)
    except RuntimeError as error:
        if "singular" in str(error).lower():
            raise LinAlgError("Singular matrix") from None
        raise


def inv(a):
    return _result(_singular(torch.linalg.inv, _square(a)), None)


def solve(a, b):
    t = _square(a)
    b = asarray(b)
    return _result(_singular(torch.linalg.solve, t, b._t.to(t.dtype)), None)


def det(a):
    return _result(torch.linalg.det(_square(a)), None)


def norm(x, ord=None, axis=None, keepdims=False):
    """The 2-norm (sqrt of the sum of squares, summed as np.sum does) and the matrix/vector norms
    the engine has."""
    x = asarray(x)
    if x.dtype.kind != "f":
        x = x.astype(_dtypes.float64)
    if ord is None and axis is None:  # NumPy: sqrt(dot(x.ravel(), x.ravel()))
        flat = x._t.reshape(-1)
        return _result(torch.sqrt(torch.dot(flat, flat)), None)
    if ord is None or ord == "fro":
        squares = x * x
        return _result(torch.sqrt(asarray(_sum(squares, axis=axis, keepdims=keepdims))._t), None)
    if axis is None and x.ndim == 1 or isinstance(axis, int):
        return _result(torch.linalg.vector_norm(x._t, ord, dim=axis, keepdim=keepdims), None)
    return _result(torch.linalg.matrix_norm(x._t, ord, dim=axis or (-2, -1), keepdim=keepdims), None)


__getattr__ = module_getattr("numpy.linalg")
