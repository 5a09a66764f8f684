"""x[...] and x[...] = v with PyTorch's rules, iteration, and the gather- and scatter-like ops
(index_select, gather, masked_select, masked_fill, scatter, scatter_add, flip, index_put_, index_add,
index_copy, index_fill, masked_scatter), and roll and rot90.

The index expression is read here the way PyTorch's Python binding reads it, then handed to
the engine, which applies it (engine/ops/indexing.cpp): each item is encoded as four numbers
(see wasm/bindings/indexing.cpp)."""
import operator

from .. import _dtype
from .._creation import _flatten, from_values
from .._engine import ops
from .._numpy_values import array_tensor, scalar_number
from .._tensor import Tensor, tensor_method, wrap
from .views import shape_args

_INTEGER, _SLICE, _NONE, _ELLIPSIS, _BOOLEAN, _TENSOR = range(6)
_MAX = 2**63 - 1
_INF = float("inf")

_LEGACY_NAMES = {
    "bool": "torch.BoolTensor",
    "int32": "torch.IntTensor",
    "int64": "torch.LongTensor",
    "float32": "torch.FloatTensor",
    "float64": "torch.DoubleTensor",
}
_INT_RANGES = {"int32": ("int32_t", -(2**31), 2**31 - 1), "int64": ("int64_t", -(2**63), 2**63 - 1)}


def _is_sequence(obj):
    return isinstance(obj, (list, tuple, str, range))


def _as_tuple(index):
    """NumPy's old rule, kept by PyTorch: a short list holding a slice, a tensor, a sequence,
    ... or None is read as a tuple of indices."""
    if isinstance(index, tuple):
        return True
    if isinstance(index, Tensor) or not _is_sequence(index) or len(index) >= 32:
        return False
    return any(
        isinstance(item, (Tensor, slice)) or _is_sequence(item) or item is Ellipsis or item is None for item in index
    )


def _sequence_index(seq):
    """A list used as an index: a bool tensor if it holds only bools, else int64."""
    if isinstance(seq, str):
        raise TypeError("new(): invalid data type 'str'")
    flat, shape = _flatten(seq)
    for v in flat:
        if isinstance(v, str) or not isinstance(v, (bool, int, float)):
            raise TypeError(f"new(): invalid data type '{type(v).__name__}'")
    if flat and all(type(v) is bool for v in flat):
        return from_values(flat, shape, _dtype.bool)
    return from_values([int(v) for v in flat], shape, _dtype.int64)


def _slice_bounds(s):
    try:
        step = 1 if s.step is None else operator.index(s.step)
        if step == 0:
            raise ValueError("slice step cannot be zero")
        start = (0 if step > 0 else _MAX) if s.start is None else operator.index(s.start)
        stop = _INF if s.stop is None and step > 0 else (-_MAX if s.stop is None else operator.index(s.stop))
    except TypeError:
        raise TypeError("slice indices must be integers or None or have an __index__ method") from None
    return start, stop, step


def _encode(items):
    """The engine's encoding of index items, and the tensors made for it (kept alive meanwhile)."""
    codes, made = [], []
    for item in items:
        kind = type(item)
        if kind is int:
            codes += (_INTEGER, item, 0, 0)
        elif kind is slice:
            codes += (_SLICE, *_slice_bounds(item))
        elif item is None:
            codes += (_NONE, 0, 0, 0)
        elif item is Ellipsis:
            codes += (_ELLIPSIS, 0, 0, 0)
        elif kind is bool:
            codes += (_BOOLEAN, 1 if item else 0, 0, 0)
        elif isinstance(item, Tensor):
            codes += (_TENSOR, item._h, 0, 0)
        elif array_tensor(item) is not None:
            codes += (_TENSOR, array_tensor(item)._h, 0, 0)
        elif _is_sequence(item):
            made.append(_sequence_index(item))
            codes += (_TENSOR, made[-1]._h, 0, 0)
        else:
            try:
                codes += (_INTEGER, operator.index(item), 0, 0)
            except TypeError:
                raise IndexError(
                    "only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid "
                    f"indices (got {type(item).__name__})"
                ) from None
    # As floats: a Python int beyond 2**53 would reach the engine as a BigInt.
    return [float(c) for c in codes], made


def _items(index):
    return (tuple(index), True) if _as_tuple(index) else ((index,), False)


@tensor_method()
def __getitem__(self, index):
    items, is_tuple = _items(index)
    codes, made = _encode(items)
    return wrap(ops.get_item(self._h, codes, is_tuple))


def _value_tensor(self, value):
    """The right-hand side of x[...] = value as a tensor (a number takes x's dtype)."""
    if isinstance(value, Tensor):
        return value
    if array_tensor(value) is not None:
        return array_tensor(value)
    if scalar_number(value) is not None:
        value = scalar_number(value)
    if type(value) not in (int, float, bool):
        raise TypeError(f"can't assign a {type(value).__name__} to a {_LEGACY_NAMES[self.dtype.name]}")
    return _number_as(self.dtype, value)


def _number_as(dtype, value):
    """A 0-dim tensor of ``dtype`` holding a Python number, with PyTorch's overflow error."""
    if dtype.name in _INT_RANGES:
        name, low, high = _INT_RANGES[dtype.name]
        if value != value or not low <= value <= high:
            raise RuntimeError(f"value cannot be converted to type {name} without overflow")
        value = int(value)
    return from_values([value], [], dtype)


@tensor_method()
def __setitem__(self, index, value):
    value = _value_tensor(self, value)
    items, is_tuple = _items(index)
    codes, made = _encode(items)
    ops.set_item(self._h, codes, value._h, is_tuple)


@tensor_method()
def __delitem__(self, index):
    raise TypeError("Tensor does not support deleting items")


@tensor_method()
def __iter__(self):
    if self.dim() == 0:
        raise TypeError("iteration over a 0-d tensor")
    return iter(self.unbind(0))


@tensor_method()
def masked_fill(input, mask, value):
    if isinstance(value, Tensor):
        return wrap(ops.masked_fill(input._h, mask._h, value._h, True))
    value = _number_as(input.dtype, value)
    return wrap(ops.masked_fill(input._h, mask._h, value._h, False))


@tensor_method("masked_fill_")
def _masked_fill_(input, mask, value):
    is_tensor = isinstance(value, Tensor)
    value = value if is_tensor else _number_as(input.dtype, value)
    ops.masked_fill_(input._h, mask._h, value._h, is_tensor)
    return input


def _scatter_source(input, src, value):
    """(tensor, is_tensor) for scatter's src= (a tensor or a number) or value= (a number)."""
    source = value if src is None else src
    if isinstance(source, Tensor):
        return source, True
    return _number_as(input.dtype, source), False


@tensor_method()
def scatter(input, dim, index, src=None, value=None):
    source, is_tensor = _scatter_source(input, src, value)
    return wrap(ops.scatter(input._h, int(dim), index._h, source._h, is_tensor))


@tensor_method("scatter_")
def _scatter_(input, dim, index, src=None, value=None):
    source, is_tensor = _scatter_source(input, src, value)
    ops.scatter_(input._h, int(dim), index._h, source._h, is_tensor)
    return input


@tensor_method()
def scatter_add(input, dim, index, src):
    return wrap(ops.scatter_add(input._h, int(dim), index._h, src._h))


@tensor_method("scatter_add_")
def _scatter_add_(input, dim, index, src):
    ops.scatter_add_(input._h, int(dim), index._h, src._h)
    return input


@tensor_method()
def index_select(input, dim, index):
    return wrap(ops.index_select(input._h, int(dim), index._h))


@tensor_method()
def gather(input, dim, index):
    return wrap(ops.gather(input._h, int(dim), index._h))


@tensor_method()
def masked_select(input, mask):
    return wrap(ops.masked_select(input._h, mask._h))


@tensor_method()
def flip(input, *dims):
    return wrap(ops.flip(input._h, shape_args(dims)))


@tensor_method()
def index_add(input, dim, index, source, *, alpha=1):
    return wrap(ops.index_add(input._h, int(dim), index._h, source._h, float(alpha)))


@tensor_method("index_add_")
def _index_add_(input, dim, index, source, *, alpha=1):
    ops.index_add_(input._h, int(dim), index._h, source._h, float(alpha))
    return input


@tensor_method()
def index_copy(input, dim, index, source):
    return wrap(ops.index_copy(input._h, int(dim), index._h, source._h))


@tensor_method("index_copy_")
def _index_copy_(input, dim, index, source):
    ops.index_copy_(input._h, int(dim), index._h, source._h)
    return input


@tensor_method()
def index_fill(input, dim, index, value):
    is_tensor = isinstance(value, Tensor)
    value = value if is_tensor else _number_as(input.dtype, value)
    return wrap(ops.index_fill(input._h, int(dim), index._h, value._h, is_tensor))


@tensor_method("index_fill_")
def _index_fill_(input, dim, index, value):
    is_tensor = isinstance(value, Tensor)
    value = value if is_tensor else _number_as(input.dtype, value)
    ops.index_fill_(input._h, int(dim), index._h, value._h, is_tensor)
    return input


@tensor_method()
def masked_scatter(input, mask, source):
    return wrap(ops.masked_scatter(input._h, mask._h, source._h))


@tensor_method("masked_scatter_")
def _masked_scatter_(input, mask, source):
    ops.masked_scatter_(input._h, mask._h, source._h)
    return input


@tensor_method()
def roll(input, shifts, dims=None):
    return wrap(ops.roll(input._h, shape_args((shifts,)), None if dims is None else shape_args((dims,))))


@tensor_method()
def rot90(input, k=1, dims=(0, 1)):
    return wrap(ops.rot90(input._h, int(k), [int(d) for d in dims]))


@tensor_method("index_put_")
def _index_put_(input, indices, values, accumulate=False):
    handles = [0 if i is None else i._h for i in indices]
    ops.index_put_(input._h, handles, values._h, bool(accumulate))
    return input


@tensor_method()
def index_put(input, indices, values, accumulate=False):
    return input.clone().index_put_(indices, values, accumulate)
