"""Tensors from Python data: torch.tensor and the *_like factories."""
import array

from . import _dtype
from ._engine import ops
from ._tensor import Tensor, wrap


def _flatten(data):
    """(flat values, shape) of nested lists/tuples; ragged input raises PyTorch's ValueError."""
    if isinstance(data, Tensor):
        return [data.item()], []
    if not isinstance(data, (list, tuple)):
        return [data], []
    shape = [len(data)]
    if not data:
        return [], shape
    flat = []
    inner_shape = None
    for item in data:
        values, item_shape = _flatten(item)
        if inner_shape is None:
            inner_shape = item_shape
        elif item_shape != inner_shape:
            dim = len(shape)
            expected = inner_shape[0] if inner_shape else 0
            got = item_shape[0] if item_shape else 0
            raise ValueError(f"expected sequence of length {expected} at dim {dim} (got {got})")
        flat.extend(values)
    return flat, shape + inner_shape


def _infer_dtype(flat):
    if not flat:
        return _dtype.BY_CODE[ops.default_dtype()]
    if all(type(v) is bool for v in flat):
        return _dtype.bool
    if all(type(v) in (bool, int) for v in flat):
        return _dtype.int64
    for v in flat:
        if not isinstance(v, (bool, int, float)):
            raise TypeError(f"new(): invalid data type '{type(v).__name__}'")
    return _dtype.BY_CODE[ops.default_dtype()]


def from_values(flat, shape, dtype):
    """An engine tensor holding ``flat`` (Python numbers, row-major) with ``shape``."""
    if all(type(v) in (bool, int) for v in flat):
        packed, source = array.array("q", [int(v) for v in flat]), _dtype.int64
    else:
        packed, source = array.array("d", [float(v) for v in flat]), _dtype.float64
    from pyodide.ffi import to_js

    return wrap(ops.from_bytes(to_js(memoryview(packed).cast("B")), shape, source.code, dtype.code))


def new_tensor(shape, dtype):
    """A fresh tensor of ``shape`` and ``dtype`` for ops that fill it themselves."""
    return wrap(ops.full(list(shape), 0.0, dtype.code))


def tensor(data, dtype=None, device=None, requires_grad=False, pin_memory=False):
    flat, shape = _flatten(data)
    t = from_values(flat, shape, dtype or _infer_dtype(flat))
    if requires_grad:
        t.requires_grad_(True)
    return t


def _like(value):
    def factory(input, dtype=None, requires_grad=False, **_):
        t = wrap((ops.ones_like if value == 1 else ops.zeros_like)(input._h))
        if dtype is not None and dtype is not t.dtype:
            t = t.to(dtype)
        if requires_grad:
            t.requires_grad_(True)
        return t

    factory.__name__ = "ones_like" if value == 1 else "zeros_like"
    return factory


ones_like = _like(1)
zeros_like = _like(0)
