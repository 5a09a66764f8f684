"""Indexing, read and write: integers, slices, Ellipsis, newaxis, integer arrays and boolean
masks, with NumPy's errors. Basic indexing gives a view of the same storage (as in NumPy);
integer-array and mask indexing copy. A slice with a negative step is read as the positive
slice over the same elements, reversed (a copy, where NumPy gives a view)."""
import operator

import torch

from . import _dtypes, _scalars
from ._creation import asarray
from ._ndarray import ndarray, scalar_of, shape_text, wrap

_VALID = ("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays "
          "are valid indices")


def _is_integer(item):
    return (isinstance(item, int) and not isinstance(item, bool)) or isinstance(item, _scalars.integer)


def _array_index(item):
    if isinstance(item, torch.Tensor):
        item = item.numpy() if not item.requires_grad else item.detach().numpy()
    if isinstance(item, list) and not item:
        return asarray(item, dtype=_dtypes.int64)
    a = asarray(item)
    if a.dtype.kind == "f":
        raise IndexError("arrays used as indices must be of integer (or boolean) type")
    return a


class _Index:
    """An index translated for the engine: ``items`` for the tensor's own indexing, the output
    dims to reverse afterwards (negative-step slices), and whether the result is one element."""

    def __init__(self, a, index):
        if not isinstance(index, tuple):
            index = (index,)
        items = []
        for item in index:
            if item is None or item is Ellipsis or isinstance(item, slice) or _is_integer(item):
                items.append(item)
            elif isinstance(item, (ndarray, list, torch.Tensor)) or isinstance(item, _scalars.bool_) or type(item) is bool:
                items.append(_array_index(item))
            else:
                raise IndexError(_VALID)
        consumed = sum(x.ndim if isinstance(x, ndarray) and x.dtype.kind == "b" else 1
                       for x in items if x is not None and x is not Ellipsis)
        if consumed > a.ndim:
            raise IndexError(f"too many indices for array: array is {a.ndim}-dimensional, but {consumed} were indexed")
        if sum(x is Ellipsis for x in items) > 1:
            raise IndexError("an index can only have a single ellipsis ('...')")
        self.items, self.flips = [], []
        self.advanced = any(isinstance(x, ndarray) for x in items)
        self.scalar = all(_is_integer(x) for x in items) and consumed == a.ndim
        axis, out_dim = 0, 0
        for x in items:
            if x is Ellipsis:
                skipped = a.ndim - consumed
                axis += skipped
                out_dim += skipped
                self.items.append(x)
            elif x is None:
                out_dim += 1
                self.items.append(x)
            elif isinstance(x, slice):
                self.items.append(self._slice(x, a.shape[axis], out_dim))
                axis += 1
                out_dim += 1
            elif isinstance(x, ndarray):
                self.items.append(self._array(x, a.shape, axis))
                axis += x.ndim if x.dtype.kind == "b" else 1
            else:
                n = a.shape[axis]
                i = operator.index(x)
                if not -n <= i < n:
                    raise IndexError(f"index {i} is out of bounds for axis {axis} with size {n}")
                self.items.append(i)
                axis += 1

    def _slice(self, s, n, out_dim):
        start, stop, step = (None if v is None else operator.index(v) for v in (s.start, s.stop, s.step))
        if step == 0:
            raise ValueError("slice step cannot be zero")
        if step is None or step > 0:
            return slice(start, stop, step)
        picked = range(*slice(start, stop, step).indices(n))
        if self.advanced:
            raise NotImplementedError("numpy indexing mixing a negative-step slice with an index array is not "
                                      "available in Gradbook's NumPy")
        self.flips.append(out_dim)
        if not picked:
            return slice(0, 0)
        return slice(picked[-1], picked[0] + 1, -step)

    @staticmethod
    def _array(x, shape, axis):
        if x.dtype.kind == "b":
            for k, size in enumerate(x.shape):
                if shape[axis + k] != size:
                    raise IndexError(f"boolean index did not match indexed array along dimension {axis + k}; "
                                     f"dimension is {shape[axis + k]} but corresponding boolean dimension is {size}")
            return x._t
        n = shape[axis]
        if x.size:
            low, high = int(x._t.min()), int(x._t.max())
            bad = high if high >= n else (low if low < -n else None)
            if bad is not None:
                raise IndexError(f"index {bad} is out of bounds for axis {axis} with size {n}")
        return x._t.to(torch.int64)

    def read(self, t):
        result = t[tuple(self.items)]
        return result.flip(self.flips) if self.flips else result


def getitem(a, index):
    translated = _Index(a, index)
    result = translated.read(a._t)
    if translated.scalar or a.ndim == 0 and index == ():
        return scalar_of(result)
    is_view = not translated.advanced and not translated.flips
    return wrap(result, a if is_view else None, reversed=bool(translated.flips))


def setitem(a, index, value):
    translated = _Index(a, index)
    values = asarray(value)
    if values.dtype is not a.dtype:
        values = values.astype(a.dtype)
    target_shape = tuple(translated.read(a._t).shape)
    from ._ufuncs import broadcasts_to

    if not broadcasts_to(values.shape, target_shape):
        raise ValueError(f"could not broadcast input array from shape {shape_text(values.shape)} into shape "
                         f"{shape_text(target_shape)}")
    if translated.flips:
        # Written through the flat positions of the elements the index picks, in the picked order.
        positions = torch.arange(a.size).reshape(a.shape)
        picked = translated.read(positions)
        a._t.view(-1)[picked.reshape(-1)] = values._t.expand(target_shape).reshape(-1)
        return
    a._t[tuple(translated.items)] = values._t


ndarray.__getitem__ = getitem
ndarray.__setitem__ = setitem
