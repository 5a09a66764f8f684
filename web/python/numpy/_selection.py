"""Elementwise choice and rounding: where, clip, round/around, nonzero, and the closeness tests
isclose, allclose, array_equal (NumPy 1.24's formulas: |a - b| <= atol + rtol * |b|)."""
import torch

from . import _dtypes
from ._creation import asarray
from ._ndarray import array_method, wrap
from ._reductions import _result
from ._ufuncs import UFUNCS, _common, _Operand, broadcast_shapes


def where(condition, x=None, y=None):
    if x is None and y is None:
        return nonzero(condition)
    if x is None or y is None:
        raise ValueError("either both or neither of x and y should be given")
    c, ox, oy = asarray(condition), _Operand(x), _Operand(y)
    broadcast_shapes(c.shape, *(tuple(o.tensor.shape) if o.tensor is not None else () for o in (ox, oy)))
    d = _common("where", [ox, oy])
    mask = c._t if c.dtype is _dtypes.bool_ else c._t != 0
    return _result(torch.where(mask, ox.as_tensor(d), oy.as_tensor(d)), None)


@array_method()
def nonzero(a):
    a = asarray(a)
    if a.ndim == 0:
        raise ValueError("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead. "
                         "If the context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`.")
    found = torch.nonzero(a._t if a.dtype is _dtypes.bool_ else a._t != 0)
    return tuple(wrap(found[:, i].clone()) for i in range(a.ndim))


def flatnonzero(a):
    return nonzero(asarray(a).ravel())[0]


def argwhere(a):
    a = asarray(a)
    return wrap(torch.nonzero(a._t if a.dtype is _dtypes.bool_ else a._t != 0))


@array_method()
def clip(a, a_min=None, a_max=None, out=None, **kwargs):
    if a_min is None and a_max is None:
        raise ValueError("One of max or min must be given")
    result = a
    if a_min is not None:
        result = UFUNCS["maximum"](result, a_min)
    if a_max is not None:
        result = UFUNCS["minimum"](result, a_max)
    if out is not None:
        return UFUNCS["positive"](result, out=out)
    return result


@array_method("round")
def around(a, decimals=0, out=None):
    a = asarray(a)
    if a.dtype.kind != "f":
        result = a._t.clone() if decimals >= 0 else _round_integer(a._t, decimals)
        return _result(result, out)
    t = a._t
    if decimals == 0:
        return _result(torch.round(t), out)
    factor = torch.tensor(10.0 ** abs(decimals), dtype=t.dtype)
    if decimals > 0:
        return _result(torch.round(t * factor) / factor, out)
    return _result(torch.round(t / factor) * factor, out)


def _round_integer(t, decimals):
    factor = 10 ** (-decimals)
    rounded = torch.round(t.to(torch.float64) / factor) * factor
    return rounded.to(t.dtype)


round_ = around


def isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    x, y = asarray(a), asarray(b)
    d = _common("isclose", [_Operand(x), _Operand(y), _Operand(1.0)])
    tx, ty = x._t.to(d.torch), y._t.to(d.torch)
    shape = broadcast_shapes(x.shape, y.shape)
    tx, ty = tx.expand(shape), ty.expand(shape)
    close = torch.abs(tx - ty) <= atol + rtol * torch.abs(ty)
    finite = torch.isfinite(tx) & torch.isfinite(ty)
    result = torch.where(finite, close, tx == ty)
    if equal_nan:
        result = result | (torch.isnan(tx) & torch.isnan(ty))
    return _result(result, None)


def allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    return bool(asarray(isclose(a, b, rtol, atol, equal_nan))._t.all())


def array_equal(a1, a2, equal_nan=False):
    a, b = asarray(a1), asarray(a2)
    if a.shape != b.shape:
        return False
    equal = asarray(a == b)._t
    if equal_nan:
        equal = equal | (torch.isnan(a._t.to(torch.float64)) & torch.isnan(b._t.to(torch.float64)))
    return bool(equal.all())
