"""Shape ops: reshape, ravel, flatten, transpose (.T), swapaxes, squeeze, expand_dims,
broadcast_to, concatenate/stack/vstack/hstack. As in NumPy, reshape, transpose, swapaxes,
squeeze, expand_dims and broadcast_to give views when they can (the engine's views of the same
storage); ravel copies only when the array is not contiguous; flatten always copies."""
import operator

import torch

from ._creation import asarray
from ._dtypes import promote_types
from ._ndarray import array_method, ndarray, shape_text, wrap


class AxisError(ValueError, IndexError):
    """numpy.AxisError: an axis out of range."""

    def __init__(self, axis, ndim=None, msg_prefix=None):
        if ndim is None:
            super().__init__(axis)
        else:
            message = f"axis {axis} is out of bounds for array of dimension {ndim}"
            super().__init__(f"{msg_prefix}: {message}" if msg_prefix else message)


AxisError.__module__ = "numpy"


def normalize_axis(axis, ndim):
    axis = operator.index(axis)
    if not -ndim <= axis < ndim:
        raise AxisError(axis, ndim)
    return axis + ndim if axis < 0 else axis


def normalize_axes(axis, ndim):
    """A tuple of distinct non-negative axes (all of them for None)."""
    if axis is None:
        return tuple(range(ndim))
    if not isinstance(axis, tuple):
        axis = (axis,)
    axes = tuple(normalize_axis(a, ndim) for a in axis)
    if len(set(axes)) != len(axes):
        raise ValueError("duplicate value in 'axis'")
    return axes


def _shape_argument(shape):
    if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
        shape = tuple(shape[0])
    return tuple(operator.index(n) for n in shape)


def reshape_tensor(t, shape):
    """``t`` reshaped as NumPy does (one -1 inferred), a view whenever the layout allows."""
    if isinstance(shape, int) or hasattr(shape, "__index__") and not isinstance(shape, (tuple, list)):
        shape = (shape,)
    shape = tuple(operator.index(n) for n in shape)
    size = t.numel()
    unknown = [i for i, n in enumerate(shape) if n == -1]
    if len(unknown) > 1:
        raise ValueError("can only specify one unknown dimension")
    known = 1
    for n in shape:
        if n != -1:
            known *= n
    if any(n < -1 for n in shape):
        raise ValueError("negative dimensions not allowed")
    if unknown and known and size % known == 0:
        shape = shape[:unknown[0]] + (size // known,) + shape[unknown[0] + 1:]
    elif unknown or known != size:
        raise ValueError(f"cannot reshape array of size {size} into shape "
                         + shape_text(tuple("newaxis" if n == -1 else n for n in shape)).replace("'", ""))
    return t.reshape(shape)


@array_method()
def reshape(a, *shape, order="C"):
    if order != "C":
        raise NotImplementedError("numpy.reshape with order other than 'C' is not available in Gradbook's NumPy")
    shape = _shape_argument(shape)
    return wrap(reshape_tensor(a._t, shape), a)


@array_method()
def ravel(a, order="C"):
    a = asarray(a)
    return wrap(a._t.reshape(-1), a)


@array_method()
def flatten(a, order="C"):
    return wrap(a._t.reshape(-1).clone())


@array_method()
def transpose(a, *axes):
    a = asarray(a)
    if len(axes) == 1 and (axes[0] is None or isinstance(axes[0], (tuple, list))):
        axes = axes[0]
    if not axes:
        axes = tuple(reversed(range(a.ndim)))
    if len(axes) != a.ndim:
        raise ValueError("axes don't match array")
    axes = tuple(normalize_axis(x, a.ndim) for x in axes)
    if len(set(axes)) != len(axes):
        raise ValueError("repeated axis in transpose")
    return wrap(a._t.permute(axes), a)


ndarray.T = property(lambda a: transpose(a))


@array_method()
def swapaxes(a, axis1, axis2):
    a = asarray(a)
    return wrap(a._t.transpose(normalize_axis(axis1, a.ndim), normalize_axis(axis2, a.ndim)), a)


def moveaxis(a, source, destination):
    a = asarray(a)
    return wrap(a._t.movedim(normalize_axis(source, a.ndim), normalize_axis(destination, a.ndim)), a)


@array_method()
def squeeze(a, axis=None):
    a = asarray(a)
    if axis is None:
        return wrap(a._t.reshape(tuple(n for n in a.shape if n != 1)), a)
    axes = normalize_axes(axis, a.ndim)
    for x in axes:
        if a.shape[x] != 1:
            raise ValueError("cannot select an axis to squeeze out which has size not equal to one")
    return wrap(a._t.reshape(tuple(n for i, n in enumerate(a.shape) if i not in axes)), a)


def expand_dims(a, axis):
    a = asarray(a)
    axes = axis if isinstance(axis, tuple) else (axis,)
    rank = a.ndim + len(axes)
    axes = normalize_axes(axes, rank)
    sizes = iter(a.shape)
    shape = tuple(1 if i in axes else next(sizes) for i in range(rank))
    return wrap(a._t.reshape(shape), a)


def broadcast_to(array, shape, subok=False):
    from ._ufuncs import broadcasts_to

    a = asarray(array)
    shape = (shape,) if isinstance(shape, int) else tuple(shape)
    if not broadcasts_to(a.shape, shape):
        raise ValueError(f"operands could not be broadcast together with remapped shapes [original->remapped]: "
                         f"{shape_text(a.shape)}  and requested shape {shape_text(shape)}")
    return wrap(a._t.expand(shape), a)


def atleast_1d(a):
    a = asarray(a)
    return a.reshape(1) if a.ndim == 0 else a


def atleast_2d(a):
    a = asarray(a)
    return a.reshape((1,) * (2 - a.ndim) + a.shape) if a.ndim < 2 else a


def _joined(arrays, name):
    arrays = [asarray(a) for a in arrays]
    if not arrays:
        raise ValueError("need at least one array to " + name)
    d = arrays[0].dtype
    for a in arrays[1:]:
        d = promote_types(d, a.dtype)
    return arrays, d


def concatenate(arrays, axis=0, out=None, dtype=None, casting="same_kind"):
    arrays, d = _joined(arrays, "concatenate")
    if axis is None:
        arrays = [ravel(a) for a in arrays]
        axis = 0
    for a in arrays:
        if a.ndim == 0:
            raise ValueError("zero-dimensional arrays cannot be concatenated")
    first = arrays[0]
    axis = normalize_axis(axis, first.ndim)
    for i, a in enumerate(arrays[1:], 1):
        if a.ndim != first.ndim:
            raise ValueError("all the input array dimensions except for the concatenation axis must match exactly, "
                             f"but along dimension 0, the array at index 0 has {first.ndim} dimension(s) and the "
                             f"array at index {i} has {a.ndim} dimension(s)")
        for dim in range(first.ndim):
            if dim != axis and a.shape[dim] != first.shape[dim]:
                raise ValueError("all the input array dimensions except for the concatenation axis must match "
                                 f"exactly, but along dimension {dim}, the array at index 0 has size "
                                 f"{first.shape[dim]} and the array at index {i} has size {a.shape[dim]}")
    return wrap(torch.cat([a._t.to(d.torch) for a in arrays], axis))


def stack(arrays, axis=0, out=None, *, dtype=None, casting="same_kind"):
    arrays, d = _joined(arrays, "stack")
    shapes = {a.shape for a in arrays}
    if len(shapes) > 1:
        raise ValueError("all input arrays must have the same shape")
    axis = normalize_axis(axis, arrays[0].ndim + 1)
    return wrap(torch.stack([a._t.to(d.torch) for a in arrays], axis))


def vstack(tup, *, dtype=None, casting="same_kind"):
    return concatenate([atleast_2d(a) for a in tup], 0)


def hstack(tup, *, dtype=None, casting="same_kind"):
    arrays = [atleast_1d(a) for a in tup]
    return concatenate(arrays, 0 if arrays and arrays[0].ndim == 1 else 1)


def column_stack(tup):
    arrays = [asarray(a) for a in tup]
    return concatenate([a.reshape(-1, 1) if a.ndim < 2 else a for a in arrays], 1)
