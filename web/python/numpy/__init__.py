"""Gradbook's NumPy: the part of NumPy 1.24 that lessons use, over the engine's tensors.

Values, printed text and error messages are NumPy 1.24's (docs/numpy.md lists what is here and
how it maps onto the engine). A NumPy name that is not here raises NotImplementedError; a name
NumPy does not have raises NumPy's AttributeError.
"""
import math as _math

from . import _indexing, _products, _selection, _sorting  # noqa: F401  (they install ndarray methods)
from ._creation import (_from_flat, arange, array, asanyarray, ascontiguousarray, asarray, empty, empty_like, eye,
                        full, full_like, identity, linspace, ones, ones_like, zeros, zeros_like)
from ._dtypes import dtype, promote_types
from ._names import module_getattr as _module_getattr
from ._ndarray import ndarray
from ._products import dot, inner, matmul, outer
from ._reductions import (all, amax, amin, any, argmax, argmin, count_nonzero, cumprod, cumsum, max, mean, min,
                          prod, std, sum, var)
from ._scalars import (False_, True_, bool_, float32, float64, floating, generic, inexact, int32, int64, integer,
                       number, signedinteger, uint8, unsignedinteger)
from ._selection import (allclose, argwhere, around, array_equal, clip, flatnonzero, isclose, nonzero, round_,
                         where)
from ._shape import (AxisError, atleast_1d, atleast_2d, broadcast_to, column_stack, concatenate, expand_dims,
                     hstack, moveaxis, ravel, reshape, squeeze, stack, swapaxes, transpose, vstack)
from ._sorting import argsort, sort, unique
from ._ufuncs import UFUNCS as _UFUNCS, ufunc
from . import linalg
from ._arrayprint import format_float_positional, format_float_scientific
from ._arrayprint import np_array2string as array2string, np_array_repr as array_repr, np_array_str as array_str
from ._element_format import SCALAR_TYPES as _SCALAR_TYPES
from ._printoptions import get_printoptions, printoptions, set_printoptions

# A formatter= function receives each element as a NumPy scalar, as NumPy hands them.
_SCALAR_TYPES.update(float64=float64, float32=float32, int64=int64, int32=int32, uint8=uint8, bool=bool_)

globals().update(_UFUNCS)
round = around
pi = _math.pi
e = _math.e
inf = Inf = Infinity = PINF = _math.inf
NINF = -_math.inf
nan = NaN = NAN = _math.nan
newaxis = None
euler_gamma = 0.5772156649015329
float_ = double = float64
single = float32
int_ = intp = longlong = int64
intc = int32
ubyte = uint8
bool8 = bool_
__version__ = "1.24.2"


def size(a, axis=None):
    a = asarray(a)
    return a.size if axis is None else a.shape[axis]


def shape(a):
    return asarray(a).shape


def ndim(a):
    return asarray(a).ndim


def copy(a, order="K", subok=False):
    return array(a, copy=True)


def result_type(*arrays_and_dtypes):
    from ._ufuncs import _common, _Operand

    operands = []
    for x in arrays_and_dtypes:
        if isinstance(x, (dtype, type, str)) and not isinstance(x, (int, float)):
            operands.append(_Operand(zeros((1,), x)))
        else:
            operands.append(_Operand(x))
    return _common("result_type", operands)


def isscalar(element):
    return isinstance(element, (generic, int, float, complex, str, bytes))


def issubdtype(arg1, arg2):
    if not (isinstance(arg1, type) and issubclass(arg1, generic)):
        arg1 = dtype(arg1).type
    if not (isinstance(arg2, type) and issubclass(arg2, generic)):
        arg2 = dtype(arg2).type
    return issubclass(arg1, arg2)


def __getattr__(name):
    if name == "random":
        import importlib

        try:
            return importlib.import_module("numpy.random")
        except ModuleNotFoundError as error:
            if error.name != "numpy.random":
                raise
    return _numpy_getattr(name)


_numpy_getattr = _module_getattr("numpy")
