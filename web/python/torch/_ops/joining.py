"""Joining tensors (cat, stack), tiling one (repeat), and cutting one into views (split, chunk,
unbind)."""
from .._engine import ops
from .._numpy_names import numpy_names
from .._tensor import Tensor, tensor_method, wrap
from .views import shape_args


def _handles(function, tensors):
    if isinstance(tensors, Tensor) or not isinstance(tensors, (list, tuple)):
        raise TypeError(
            f"{function}(): argument 'tensors' (position 1) must be tuple of Tensors, not {type(tensors).__name__}"
        )
    for t in tensors:
        if not isinstance(t, Tensor):
            raise TypeError(
                f"expected Tensor as element {list(tensors).index(t)} in argument 0, but got {type(t).__name__}"
            )
    return [t._h for t in tensors]


@numpy_names
def cat(tensors, dim=0):
    return wrap(ops.cat(_handles("cat", tensors), int(dim)))


concat = cat


@numpy_names
def stack(tensors, dim=0):
    return wrap(ops.stack(_handles("stack", tensors), int(dim)))


@tensor_method()
def repeat(input, *sizes):
    return wrap(ops.repeat(input._h, shape_args(sizes, "repeat", "repeats")))


def _pieces(handles):
    return tuple(wrap(int(h)) for h in handles)


@tensor_method()
def split(tensor, split_size_or_sections, dim=0):
    if isinstance(split_size_or_sections, (list, tuple)):
        return _pieces(ops.split_with_sizes(tensor._h, [int(s) for s in split_size_or_sections], int(dim)))
    return _pieces(ops.split(tensor._h, int(split_size_or_sections), int(dim)))


@tensor_method()
def chunk(input, chunks, dim=0):
    return _pieces(ops.chunk(input._h, int(chunks), int(dim)))


@tensor_method()
def unbind(input, dim=0):
    return _pieces(ops.unbind(input._h, int(dim)))
