"""New arrays: array, asarray, zeros/ones/full/empty and their *_like forms, arange, linspace,
eye, identity, and ``_from_flat`` (the constructor numpy.random builds on).

arange and linspace compute their values as NumPy does (arange: ``start + i*delta`` with
delta = (start+step) - start in the array's dtype; linspace: ``i*step + start`` in float64 with
the end point set to ``stop``), so their bits are NumPy's.
"""
import array as _array
import math
import operator
import struct

import torch
from pyodide.ffi import to_js

from . import _dtypes, _scalars
from ._ndarray import ndarray, wrap
from torch._engine import ops
from torch._tensor import wrap as tensor_wrap


def _from_flat(values, shape, dtype_name):
    """The ndarray of ``shape`` and dtype ``dtype_name`` holding ``values`` (a flat sequence of
    Python numbers in C order, an array.array or bytes of that dtype's format)."""
    d = _dtypes.named(dtype_name)
    shape = list(shape)
    if isinstance(values, (bytes, bytearray, memoryview)):
        raw = bytes(values)
        source = d
    elif isinstance(values, _array.array) and values.typecode in ("d", "f", "q", "l", "i", "B", "b"):
        raw = values.tobytes()
        source = {"d": _dtypes.float64, "f": _dtypes.float32, "q": _dtypes.int64, "i": _dtypes.int32,
                  "B": _dtypes.uint8}.get(values.typecode)
        if source is None:
            return _from_flat(values.tolist(), shape, dtype_name)
        if values.typecode == "l" and values.itemsize == 8:
            source = _dtypes.int64
    else:
        values = list(values)
        if all(type(v) is not float for v in values) and all(-(2**63) <= v < 2**63 for v in values):
            raw, source = _array.array("q", [int(v) for v in values]).tobytes(), _dtypes.int64
        else:
            raw, source = _array.array("d", [float(v) for v in values]).tobytes(), _dtypes.float64
    return wrap(tensor_wrap(ops.from_bytes(to_js(memoryview(raw).cast("B")), shape, source.torch.code, d.torch.code)))


def _scalar_dtype(value):
    """The dtype NumPy gives a lone value in np.array(...)."""
    if type(value) is bool:
        return _dtypes.bool_
    if isinstance(value, _scalars.generic):
        return value.dtype
    if isinstance(value, int):
        if not -(2**63) <= value < 2**63:
            raise OverflowError("Python int too large to convert to C long")
        return _dtypes.int64
    if isinstance(value, float):
        return _dtypes.float64
    if isinstance(value, complex):
        raise NotImplementedError("numpy.complex128 is not available in Gradbook's NumPy")
    if isinstance(value, (str, bytes)):
        raise NotImplementedError("numpy.str_ is not available in Gradbook's NumPy")
    raise NotImplementedError("numpy.object_ is not available in Gradbook's NumPy")


class _Nested:
    """The flat values, shape and dtype of nested sequences of numbers and arrays."""

    def __init__(self, data):
        self.values = []
        self.dtype = None
        self.shape = self._walk(data, 0)

    def _join(self, d):
        self.dtype = d if self.dtype is None else _dtypes.promote_types(self.dtype, d)

    def _walk(self, item, depth):
        if isinstance(item, ndarray):
            self._join(item.dtype)
            self.values.extend(item._flat_values())
            return item.shape
        if isinstance(item, torch.Tensor):
            return self._walk(tensor_as_array(item), depth)
        if isinstance(item, (list, tuple)):
            shapes = [self._walk(x, depth + 1) for x in item]
            for s in shapes[1:]:
                if s != shapes[0]:
                    raise ValueError(
                        "setting an array element with a sequence. The requested array has an inhomogeneous "
                        f"shape after {depth + 1} dimensions. The detected shape was ({len(item)},) + "
                        "inhomogeneous part.")
            return (len(item),) + (shapes[0] if shapes else ())
        self._join(_scalar_dtype(item))
        self.values.append(item.value if isinstance(item, _scalars.generic) else item)
        return ()


def tensor_as_array(t):
    """np.asarray(tensor): the tensor's data, shared (Tensor.numpy's rules)."""
    return t.numpy()


def array(object, dtype=None, *, copy=True, order="K", subok=False, ndmin=0, like=None):
    d = None if dtype is None else _dtypes.as_dtype(dtype)
    if isinstance(object, ndarray):
        result = object.astype(d or object.dtype, copy=copy)
    elif isinstance(object, torch.Tensor):
        result = tensor_as_array(object).astype(d or _dtypes.BY_TORCH[object.dtype], copy=copy)
    else:
        nested = _Nested(object)
        if d is None:
            d = nested.dtype or _dtypes.float64
        result = _from_flat(nested.values, nested.shape, d.name)
    if result.ndim < ndmin:
        result = wrap(result._t.reshape((1,) * (ndmin - result.ndim) + result.shape))
    return result


def asarray(a, dtype=None, order=None, *, like=None):
    return array(a, dtype, copy=False)


def asanyarray(a, dtype=None, order=None, *, like=None):
    return array(a, dtype, copy=False)


def ascontiguousarray(a, dtype=None, *, like=None):
    result = asarray(a, dtype)
    return result if result._t.is_contiguous() else result.copy()


def _shape(shape):
    if not isinstance(shape, (tuple, list)):
        shape = (shape,)
    shape = tuple(operator.index(n) for n in shape)
    for n in shape:
        if n < 0:
            raise ValueError("negative dimensions are not allowed")
    return shape


def full(shape, fill_value, dtype=None, order="C", *, like=None):
    fill = asarray(fill_value)
    d = fill.dtype if dtype is None else _dtypes.as_dtype(dtype)
    shape = _shape(shape)
    if fill.ndim == 0:
        return wrap(torch.full(shape, fill.item(), dtype=fill.dtype.torch).to(d.torch))
    from ._shape import broadcast_to

    return broadcast_to(fill, shape).astype(d)


def zeros(shape, dtype=float, order="C", *, like=None):
    return wrap(torch.zeros(_shape(shape), dtype=_dtypes.as_dtype(dtype).torch))


def ones(shape, dtype=None, order="C", *, like=None):
    return wrap(torch.ones(_shape(shape), dtype=_dtypes.as_dtype(dtype).torch))


def empty(shape, dtype=float, order="C", *, like=None):
    return zeros(shape, dtype)


def _like(a, dtype, shape):
    a = asarray(a)
    return (a.shape if shape is None else shape), (a.dtype if dtype is None else dtype)


def zeros_like(a, dtype=None, order="K", subok=True, shape=None):
    return zeros(*_like(a, dtype, shape))


def ones_like(a, dtype=None, order="K", subok=True, shape=None):
    return ones(*_like(a, dtype, shape))


def empty_like(prototype, dtype=None, order="K", subok=True, shape=None):
    return zeros(*_like(prototype, dtype, shape))


def full_like(a, fill_value, dtype=None, order="K", subok=True, shape=None):
    shape, d = _like(a, dtype, shape)
    return full(shape, fill_value, d).astype(d)


def _float32(x):
    return struct.unpack("f", struct.pack("f", x))[0]


def arange(start, stop=None, step=None, dtype=None, *, like=None):
    if stop is None:
        start, stop = 0, start
    if step is None:
        step = 1
    if step == 0:
        raise ZeroDivisionError("division by zero")
    numbers = [x.item() if isinstance(x, (_scalars.generic, ndarray)) else x for x in (start, stop, step)]
    d = _dtypes.as_dtype(dtype) if dtype is not None else _dtypes.result_type(
        [], [(_scalar_dtype(x), x) for x in (start, stop, step)])
    start, stop, step = numbers
    length = max(math.ceil((stop - start) / step), 0)
    if d.kind == "b":
        if length > 2:
            raise TypeError("arange() is only supported for booleans when the result has at most length 2.")
        return _from_flat([bool(start), bool(start + step)][:length], (length,), d.name)
    if d.kind != "f":
        first, delta = int(start), int(start + step) - int(start)
        return wrap(torch.arange(length, dtype=d.torch) * delta + first)
    # NumPy's fill: the first two values as given, then start + i*delta (delta = second - first),
    # one rounding for the product and one for the sum, in the array's dtype: the engine's ops.
    first, second = float(start), float(start + step)
    if d is _dtypes.float32:
        first, second = _float32(first), _float32(second)
    delta = second - first
    if d is _dtypes.float32:
        delta = _float32(delta)
    values = torch.arange(length, dtype=d.torch) * torch.tensor(delta, dtype=d.torch) + torch.tensor(first, dtype=d.torch)
    if length > 1:
        values[1] = second
    return wrap(values)


def linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0):
    num = operator.index(num)
    if num < 0:
        raise ValueError("Number of samples, %s, must be non-negative." % num)
    start_arr, stop_arr = asarray(start), asarray(stop)
    if start_arr.ndim or stop_arr.ndim:
        raise NotImplementedError("numpy.linspace with array end points is not available in Gradbook's NumPy")
    start, stop = float(start_arr.item()), float(stop_arr.item())
    div = num - 1 if endpoint else num
    delta = stop - start
    # NumPy's formula in float64, one engine op per step: i * step + start (i / div * delta + start
    # when the step underflows to 0), the end point set to stop.
    index = torch.arange(num, dtype=torch.float64)
    if div > 0:
        step = delta / div
        values = index / div * delta if step == 0 else index * step
    else:
        step = math.nan
        values = index * delta
    values = values + start
    if endpoint and num > 1:
        values[-1] = stop
    d = _dtypes.float64 if dtype is None else _dtypes.as_dtype(dtype)
    if d.kind in "iub":
        values = torch.floor(values)
    result = wrap(values.to(d.torch))
    return (result, step) if retstep else result


def eye(N, M=None, k=0, dtype=float, order="C", *, like=None):
    M = N if M is None else M
    result = zeros((N, M), dtype)
    if -N < k < M:
        result._t.diagonal(k).fill_(1)  # a view: fills the array's own diagonal
    return result


def identity(n, dtype=None, *, like=None):
    return eye(n, dtype=dtype)
