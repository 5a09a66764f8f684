"""Sorting and set ops: sort, argsort (stable: equal elements keep their order, which every
NumPy kind gives for small arrays and 'stable' gives always), unique."""
import torch

from ._creation import asarray
from ._ndarray import array_method, wrap
from ._shape import normalize_axis


def _axis_view(a, axis):
    if axis is None:
        return a._t.reshape(-1), 0
    return a._t, normalize_axis(axis, a.ndim)


def sort(a, axis=-1, kind=None, order=None):
    a = asarray(a)
    t, axis = _axis_view(a, axis)
    return wrap(torch.sort(t, dim=axis, stable=True).values)


@array_method("sort")
def _sort_in_place(a, axis=-1, kind=None, order=None):
    a._t.copy_(sort(a, axis)._t)


@array_method()
def argsort(a, axis=-1, kind=None, order=None):
    a = asarray(a)
    t, axis = _axis_view(a, axis)
    return wrap(torch.sort(t, dim=axis, stable=True).indices)


def unique(ar, return_index=False, return_inverse=False, return_counts=False, axis=None, *, equal_nan=True):
    if axis is not None:
        raise NotImplementedError("numpy.unique with an axis is not available in Gradbook's NumPy")
    a = asarray(ar)
    flat = a._t.reshape(-1)
    order = torch.sort(flat, stable=True)
    ordered = order.values
    n = ordered.numel()
    if n:
        starts = torch.ones(n, dtype=torch.bool)
        starts[1:] = ordered[1:] != ordered[:-1]
        if a.dtype.kind == "f" and equal_nan:  # NaNs sort last and count as one value
            nan = torch.isnan(ordered)
            starts[1:] = starts[1:] & ~(nan[1:] & nan[:-1])
    else:
        starts = torch.zeros(0, dtype=torch.bool)
    values = ordered[starts]
    results = [wrap(values)]
    first = torch.nonzero(starts).reshape(-1)
    if return_index:
        results.append(wrap(order.indices[first]))
    if return_inverse:
        group = torch.cumsum(starts.to(torch.int64), 0) - 1
        inverse = torch.zeros(n, dtype=torch.int64)
        inverse[order.indices] = group
        results.append(wrap(inverse))
    if return_counts:
        ends = torch.cat([first[1:], torch.tensor([n], dtype=torch.int64)])
        results.append(wrap(ends - first))
    return results[0] if len(results) == 1 else tuple(results)
