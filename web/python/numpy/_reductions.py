"""Reductions over an axis (an int, a tuple, or all): sum, prod, mean, var, std, min, max,
argmin, argmax, any, all, and the running cumsum/cumprod, with NumPy's result dtypes.

Float sums follow NumPy's summation order, so their bits are NumPy's: along the innermost
(contiguous) reduced axes NumPy adds pairwise (an 8-accumulator unrolled loop over blocks of at
most 128, halves combined recursively: ``pairwise_sum`` in NumPy's loops_utils.h.src); over the
other reduced axes it adds the slices one after another onto the identity. A sum that also
casts (int to float64 in mean) goes through NumPy's 8192-element buffers: pairwise within each
buffer, buffers added in turn. Products multiply in order, as NumPy's loop does.
"""
import builtins
import math
import struct

import torch

from . import _dtypes
from ._creation import _from_flat, asarray
from ._ndarray import array_method, scalar_of, value_of, wrap
from ._shape import normalize_axes

_BLOCK = 128  # NumPy's PW_BLOCKSIZE
_BUFFER = 8192  # NumPy's default ufunc buffer size


def _round32(x):
    return struct.unpack("f", struct.pack("f", x))[0]


def _pairwise(values, start, n, add):
    if n < 8:
        result = 0.0
        for i in range(start, start + n):
            result = add(result, values[i])
        return result
    if n <= _BLOCK:
        r = values[start:start + 8]
        end = start + n - n % 8
        for i in range(start + 8, end, 8):
            for j in range(8):
                r[j] = add(r[j], values[i + j])
        result = add(add(add(r[0], r[1]), add(r[2], r[3])), add(add(r[4], r[5]), add(r[6], r[7])))
        for i in range(end, start + n):
            result = add(result, values[i])
        return result
    half = n // 2
    half -= half % 8
    return add(_pairwise(values, start, half, add), _pairwise(values, start + half, n - half, add))


def _pairwise64(values, start, n):
    """_pairwise for float64, unrolled as NumPy's loop is (the common case, kept fast)."""
    if n < 8:
        result = 0.0
        for i in range(start, start + n):
            result += values[i]
        return result
    if n <= _BLOCK:
        r0, r1, r2, r3, r4, r5, r6, r7 = values[start:start + 8]
        end = start + n - n % 8
        for i in range(start + 8, end, 8):
            r0 += values[i]
            r1 += values[i + 1]
            r2 += values[i + 2]
            r3 += values[i + 3]
            r4 += values[i + 4]
            r5 += values[i + 5]
            r6 += values[i + 6]
            r7 += values[i + 7]
        result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
        for i in range(end, start + n):
            result += values[i]
        return result
    half = n // 2
    half -= half % 8
    return _pairwise64(values, start, half) + _pairwise64(values, start + half, n - half)


def _adder(d):
    return (lambda a, b: _round32(a + b)) if d is _dtypes.float32 else (lambda a, b: a + b)


def _row_sum(d, buffered):
    add = _adder(d)
    pairwise = (lambda values, start, n, add: _pairwise64(values, start, n)) if d is _dtypes.float64 else _pairwise

    def total(row):
        if not buffered:
            return add(0.0, pairwise(row, 0, len(row), add))
        result = 0.0
        for start in range(0, len(row), _BUFFER):
            result = add(result, pairwise(row, start, builtins.min(_BUFFER, len(row) - start), add))
        return result

    return total


def _row_product(d):
    multiply = (lambda a, b: _round32(a * b)) if d is _dtypes.float32 else (lambda a, b: a * b)

    def product(row):
        result = 1.0
        for v in row:
            result = multiply(result, v)
        return result

    return product


def _fold(t, axes, d, row_reduce, step, identity):
    """``t`` (of dtype ``d``) reduced over ``axes`` in NumPy's order: ``row_reduce`` (over Python
    floats) along the innermost reduced axes, then ``step`` (an engine op) over the other reduced
    axes, slice after slice, starting from ``identity``."""
    ndim = t.dim()
    inner_start = ndim
    while inner_start > 0 and inner_start - 1 in axes:
        inner_start -= 1
    kept_shape = tuple(t.shape[:inner_start])
    if inner_start < ndim:
        width = math.prod(t.shape[inner_start:])
        rows = t.reshape(-1, width).tolist() if width else [[] for _ in range(math.prod(kept_shape))]
        t = _from_flat([row_reduce(row) for row in rows], kept_shape, d.name)._t
    outer = [a for a in axes if a < inner_start]
    if outer:
        kept = [a for a in range(inner_start) if a not in outer]
        count = math.prod(t.shape[a] for a in outer)
        slices = t.permute(outer + kept).reshape((count,) + tuple(t.shape[a] for a in kept))
        result = torch.full(tuple(slices.shape[1:]), identity, dtype=d.torch)
        for i in range(count):
            result = step(result, slices[i])
        t = result
    return t


def _keep_dims(t, shape, axes, keepdims):
    if keepdims:
        return t.reshape(tuple(1 if i in axes else n for i, n in enumerate(shape)))
    return t


def _result(t, out):
    if out is not None:
        out._t.copy_(t.to(out.dtype.torch).expand(out.shape))
        return out
    if t.dim() == 0:
        return scalar_of(t)
    return wrap(t)


def _accumulator(d, unsigned_name):
    """The dtype NumPy's add/multiply reductions and accumulations give for input dtype ``d``."""
    if d.kind == "f":
        return d
    if d.kind == "u":
        return _dtypes.named(unsigned_name)
    return _dtypes.int64


def _sum_tensor(a, axes, d):
    t = a._t
    if d.kind != "f":
        return t.to(d.torch).sum(axes) if axes else t.to(d.torch)
    buffered = a.dtype is not d
    t = t.to(d.torch)
    if not axes:
        return t.clone()
    return _fold(t, axes, d, _row_sum(d, buffered), torch.add, 0.0)


@array_method()
def sum(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True):
    a = asarray(a)
    axes = normalize_axes(axis, a.ndim)
    d = _accumulator(a.dtype, "uint64") if dtype is None else _dtypes.as_dtype(dtype)
    t = _sum_tensor(a, axes, d)
    if initial is not None:
        t = t + initial
    return _result(_keep_dims(t, a.shape, axes, keepdims), out)


@array_method()
def prod(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True):
    a = asarray(a)
    axes = normalize_axes(axis, a.ndim)
    d = _accumulator(a.dtype, "uint64") if dtype is None else _dtypes.as_dtype(dtype)
    t = a._t.to(d.torch)
    if d.kind != "f":
        for axis_ in sorted(axes, reverse=True):
            t = t.prod(axis_)
    elif axes:
        t = _fold(t, axes, d, _row_product(d), torch.mul, 1.0)
    return _result(_keep_dims(t, a.shape, axes, keepdims), out)


def _count(a, axes):
    return math.prod(a.shape[i] for i in axes)


def _divide(total, count, d):
    """NumPy's ``ret / rcount`` in _methods: an array is divided in its own dtype, a scalar in
    float64 and then cast back."""
    if total.dim() == 0:
        return torch.tensor(float(value_of(total)) / count if count else math.nan, dtype=d.torch)
    return torch.div(total, torch.tensor(float(count), dtype=d.torch))


@array_method()
def mean(a, axis=None, dtype=None, out=None, keepdims=False, *, where=True):
    a = asarray(a)
    axes = normalize_axes(axis, a.ndim)
    d = (_dtypes.float64 if a.dtype.kind != "f" else a.dtype) if dtype is None else _dtypes.as_dtype(dtype)
    count = _count(a, axes)
    if count == 0:
        import warnings

        warnings.warn("Mean of empty slice.", RuntimeWarning, stacklevel=2)
    t = _keep_dims(_sum_tensor(a, axes, d), a.shape, axes, keepdims)
    return _result(_divide(t, count, d), out)


@array_method()
def var(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True):
    a = asarray(a)
    return _result(_variance(a, axis, dtype, ddof, keepdims), out)


@array_method()
def std(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True):
    a = asarray(a)
    return _result(torch.sqrt(_variance(a, axis, dtype, ddof, keepdims)), out)


def _variance(a, axis, dtype, ddof, keepdims):
    """NumPy's _var: mean (kept dims), deviations, their squares summed, divided by n - ddof."""
    axes = normalize_axes(axis, a.ndim)
    d = (_dtypes.float64 if a.dtype.kind != "f" else a.dtype) if dtype is None else _dtypes.as_dtype(dtype)
    count = _count(a, axes)
    centre = torch.div(_keep_dims(_sum_tensor(a, axes, d), a.shape, axes, True), torch.tensor(float(count), dtype=d.torch))
    deviations = a._t.to(d.torch) - centre
    squares = wrap(deviations * deviations)
    total = _keep_dims(_sum_tensor(squares, axes, d), a.shape, axes, keepdims)
    return _divide(total, builtins.max(count - ddof, 0), d)


def _extreme(name, function):
    def reduce(a, axis=None, out=None, keepdims=False, initial=None, where=True):
        a = asarray(a)
        axes = normalize_axes(axis, a.ndim)
        if _count(a, axes) == 0 or 0 in a.shape and not axes:
            raise ValueError(f"zero-size array to reduction operation {name} which has no identity")
        t = function(a._t, axes) if axes else a._t.clone()
        return _result(_keep_dims(t, a.shape, axes, keepdims), out)

    return reduce


max = amax = array_method("max")(_extreme("maximum", lambda t, axes: torch.amax(t, axes)))
min = amin = array_method("min")(_extreme("minimum", lambda t, axes: torch.amin(t, axes)))


def _arg(name, function):
    def reduce(a, axis=None, out=None, *, keepdims=False):
        a = asarray(a)
        if a.size == 0:
            raise ValueError(f"attempt to get {name} of an empty sequence")
        if axis is None:
            t = function(a._t.reshape(-1), 0)
            if keepdims:
                t = t.reshape((1,) * a.ndim)
        else:
            (axis_,) = normalize_axes(axis, a.ndim)
            t = function(a._t, axis_, keepdim=keepdims)
        return _result(t, out)

    return array_method(name)(reduce)


argmax = _arg("argmax", torch.argmax)
argmin = _arg("argmin", torch.argmin)


def _logical(function):
    def reduce(a, axis=None, out=None, keepdims=False, *, where=True):
        a = asarray(a)
        axes = normalize_axes(axis, a.ndim)
        t = a._t if a.dtype is _dtypes.bool_ else a._t != 0
        for axis_ in sorted(axes, reverse=True):
            t = function(t, axis_)
        return _result(_keep_dims(t, a.shape, axes, keepdims), out)

    return reduce


any = array_method("any")(_logical(torch.any))
all = array_method("all")(_logical(torch.all))


def _running(function):
    def accumulate(a, axis=None, dtype=None, out=None):
        a = asarray(a)
        if axis is None:
            a, axis = wrap(a._t.reshape(-1)), 0
        (axis_,) = normalize_axes(axis, a.ndim)
        d = _accumulator(a.dtype, "uint64") if dtype is None else _dtypes.as_dtype(dtype)
        return _result(function(a._t.to(d.torch), axis_), out)

    return accumulate


cumsum = array_method("cumsum")(_running(torch.cumsum))
cumprod = array_method("cumprod")(_running(torch.cumprod))


def count_nonzero(a, axis=None, *, keepdims=False):
    a = asarray(a)
    result = sum(a != 0 if a.dtype is not _dtypes.bool_ else a, axis=axis, keepdims=keepdims)
    return int(result) if axis is None and not keepdims else result


def ufunc_reduce(ufunc, array, axis, dtype, out, keepdims):
    reductions = {"add": sum, "multiply": prod, "maximum": max, "minimum": min, "logical_and": all,
                  "logical_or": any}
    if ufunc.__name__ not in reductions:
        raise NotImplementedError(f"numpy.{ufunc.__name__}.reduce is not available in Gradbook's NumPy")
    function = reductions[ufunc.__name__]
    if dtype is not None and ufunc.__name__ in ("add", "multiply"):
        return function(array, axis=axis, dtype=dtype, out=out, keepdims=keepdims)
    return function(array, axis=axis, out=out, keepdims=keepdims)


def ufunc_accumulate(ufunc, array, axis, dtype, out):
    running = {"add": cumsum, "multiply": cumprod}
    if ufunc.__name__ not in running:
        raise NotImplementedError(f"numpy.{ufunc.__name__}.accumulate is not available in Gradbook's NumPy")
    return running[ufunc.__name__](array, axis=axis, dtype=dtype, out=out)
