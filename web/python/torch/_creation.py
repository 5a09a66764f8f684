"""New tensors: torch.tensor, zeros/ones/full/empty (and their *_like forms), arange, linspace,
logspace, eye, and the legacy constructors torch.Tensor(...), torch.FloatTensor(...), ..."""
import array
import warnings

from . import _dtype
from ._device import parse_device
from ._engine import ops
from ._numpy_values import array_tensor, scalar_number
from ._size import Size, check_int64_sizes
from ._tensor import Tensor, scalar_kind, wrap

_NUMBERS = (bool, int, float)


def _default():
    return _dtype.BY_CODE[ops.default_dtype()]


def _flatten(data):
    """(flat values, shape) of nested sequences; ragged input raises PyTorch's ValueError."""
    if isinstance(data, Tensor):
        if data.numel() != 1:
            if not data.dtype.is_floating_point:  # PyTorch reads integer tensors through __index__
                raise TypeError("only integer tensors of a single element can be converted to an index")
            raise ValueError("only one element tensors can be converted to Python scalars")
        return [data.item()], []
    if array_tensor(data) is not None:  # an ndarray inside a list: its values
        if not data.ndim:
            raise TypeError("len() of unsized object")
        return _flatten(data.tolist())
    if scalar_number(data) is not None:  # a NumPy scalar inside a list: its Python number
        return [scalar_number(data)], []
    if isinstance(data, str) or not isinstance(data, (list, tuple, range)):
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
            if not item_shape or not inner_shape:
                raise TypeError("not a sequence")
            raise ValueError(f"expected sequence of length {inner_shape[0]} at dim {len(shape)} (got {item_shape[0]})")
        flat.extend(values)
    return flat, shape + inner_shape


def _infer_dtype(flat):
    for v in flat:
        if type(v) not in _NUMBERS:
            if v is None:
                raise RuntimeError("Could not infer dtype of NoneType")
            raise TypeError(f"new(): invalid data type '{type(v).__name__}'")
    if not flat:
        return _default()
    if all(type(v) is bool for v in flat):
        return _dtype.bool
    if all(type(v) is not float for v in flat):
        return _dtype.int64
    return _default()


# The integer dtypes' ranges, for PyTorch's check of each value stored into one.
_INTEGER_RANGES = {_dtype.uint8: (0, 255), _dtype.int8: (-128, 127), _dtype.int16: (-(2**15), 2**15 - 1), _dtype.int32: (-(2**31), 2**31 - 1), _dtype.int64: (-(2**63), 2**63 - 1)}


def _check_integer(v, dtype):
    """PyTorch's checks of a number stored into an integer dtype: an int must fit 64 bits and
    the dtype (an unsigned one takes negative ints down to -max, which wrap around); a float,
    compared in floating point, must lie in the dtype's range and not be nan."""
    low, high = _INTEGER_RANGES[dtype]
    if type(v) is float:
        fits = float(low) <= v <= float(high)
    else:
        if not -(2**63) <= v < 2**63:
            raise RuntimeError("Overflow when unpacking long")
        fits = v <= high and (v >= low if low < 0 else -v <= high)
    if not fits:
        raise RuntimeError(f"value cannot be converted to type {dtype.name} without overflow")


def from_values(flat, shape, dtype):
    """An engine tensor holding ``flat`` (Python numbers, row-major) with ``shape``."""
    if dtype in _INTEGER_RANGES:
        for v in flat:
            _check_integer(v, dtype)
    if all(type(v) is not float and -(2**63) <= v < 2**63 for v in flat):
        packed, source = array.array("q", [int(v) for v in flat]), _dtype.int64
    else:
        packed, source = array.array("d", [float(v) for v in flat]), _dtype.float64
    from pyodide.ffi import to_js

    return wrap(ops.from_bytes(to_js(memoryview(packed).cast("B")), shape, source.code, dtype.code))


_warned_not_writable = False


def frombuffer(buffer, *, dtype, count=-1, offset=0, requires_grad=False):
    """A 1-D tensor of the buffer's bytes read as ``dtype`` (little-endian, as PyTorch reads them
    on every machine it runs on). PyTorch's tensor shares the buffer's memory; this one holds a
    copy, so later writes to the buffer do not show in it."""
    global _warned_not_writable
    view = memoryview(buffer).cast("B")
    length = len(view)
    if view.readonly and not _warned_not_writable:
        _warned_not_writable = True
        warnings.warn(
            "The given buffer is not writable, and PyTorch does not support non-writable tensors. This means you "
            "can write to the underlying (supposedly non-writable) buffer using the tensor. You may want to copy the "
            "buffer to protect its data or make it writable before converting it to a tensor. This type of warning "
            "will be suppressed for the rest of this program. (Triggered internally at  "
            "./torch/csrc/utils/tensor_new.cpp:1563.)", UserWarning, stacklevel=2)
    if length == 0 or count == 0:
        raise ValueError(f"both buffer length ({length}) and count ({count}) must not be 0")
    if not 0 <= offset < length:
        raise ValueError(f"offset ({offset} bytes) must be non-negative and no greater than buffer length "
                         f"({length} bytes) minus 1")
    size = dtype.itemsize
    if count < 0:
        if (length - offset) % size:
            raise ValueError(f"buffer length ({length - offset} bytes) after offset ({offset} bytes) must be a "
                             f"multiple of element size ({size})")
        count = (length - offset) // size
    elif offset + count * size > length:
        raise ValueError(f"requested buffer length ({count} * {size} bytes) after offset ({offset} bytes) must not "
                         f"be greater than actual buffer length ({length} bytes)")
    from pyodide.ffi import to_js

    data = view[offset:offset + count * size]
    return _finish(wrap(ops.from_bytes(to_js(data), [count], dtype.code, dtype.code)), requires_grad)


def new_tensor(shape, dtype):
    """A fresh tensor of ``shape`` and ``dtype`` for ops that fill it themselves."""
    return wrap(ops.full(list(shape), 0.0, dtype.code))


def _finish(t, requires_grad, device=None):
    if device is not None:
        parse_device(device)
    if requires_grad:
        if not t.dtype.is_floating_point:
            raise RuntimeError("Only Tensors of floating point and complex dtype can require gradients")
        t.requires_grad_(True)
    return t


def tensor(data, *, dtype=None, device=None, requires_grad=False, pin_memory=False):
    if isinstance(data, Tensor):
        warnings.warn(
            "To copy construct from a tensor, it is recommended to use sourceTensor.clone().detach() or "
            "sourceTensor.clone().detach().requires_grad_(True), rather than torch.tensor(sourceTensor).",
            UserWarning,
            stacklevel=2,
        )
        copy = data.detach().clone()
        return _finish(copy if dtype is None else copy.to(dtype), requires_grad, device)
    shared = array_tensor(data)
    if shared is None and scalar_number(data) is not None:  # a lone NumPy scalar keeps its dtype
        from numpy import asarray

        shared = asarray(data)._t
    if shared is not None:  # an ndarray: copied, with its dtype
        copy = shared.clone().contiguous()
        return _finish(copy if dtype is None else copy.to(dtype), requires_grad, device)
    flat, shape = _flatten(data)
    inferred = _infer_dtype(flat)
    return _finish(from_values(flat, shape, dtype or inferred), requires_grad, device)


def as_tensor(data, dtype=None, device=None):
    if isinstance(data, Tensor):
        return data if dtype is None else data.to(dtype)
    shared = array_tensor(data)
    if shared is not None:  # an ndarray's data, shared as torch.from_numpy shares it
        shared = shared.detach()
        return shared if dtype is None else shared.to(dtype)
    return tensor(data, dtype=dtype)


def _size(function, size):
    """Sizes given as f(2, 3) or f((2, 3)) / f([2, 3]) / f(torch.Size(...))."""
    if len(size) == 1 and isinstance(size[0], (tuple, list)):
        size = size[0]
    for d in size:
        if type(d) is not int and not (isinstance(d, Tensor) and not d.dtype.is_floating_point and d.numel() == 1):
            raise TypeError(
                f"{function}(): argument 'size' (position 1) must be tuple of SymInts, not {type(d).__name__}"
            )
    return check_int64_sizes(function, "size", [int(d) for d in size])


def _filled(function, size, value, dtype, requires_grad, device=None):
    t = wrap(ops.full(_size(function, size), float(value), (dtype or _default()).code))
    return _finish(t, requires_grad, device)


def zeros(*size, dtype=None, device=None, requires_grad=False, out=None):
    return _filled("zeros", size, 0, dtype, requires_grad, device)


def ones(*size, dtype=None, device=None, requires_grad=False, out=None):
    return _filled("ones", size, 1, dtype, requires_grad, device)


def empty(*size, dtype=None, device=None, requires_grad=False, out=None):
    # Uninitialised memory in PyTorch; zeros here, so nothing depends on leftovers.
    return _filled("empty", size, 0, dtype, requires_grad, device)


def _fill_dtype(fill_value):
    """full() infers its dtype from the fill value, as PyTorch 1.13 does."""
    if isinstance(fill_value, Tensor):
        return fill_value.dtype
    kind = scalar_kind(fill_value)
    if kind is None:
        raise TypeError(f"full(): argument 'fill_value' (position 2) must be Number, not {type(fill_value).__name__}")
    return (_dtype.bool, _dtype.int64, _default())[kind]


def full(size, fill_value, *, dtype=None, device=None, requires_grad=False, out=None):
    if not isinstance(size, (tuple, list)):
        raise TypeError(f"full(): argument 'size' (position 1) must be tuple of SymInts, not {type(size).__name__}")
    if isinstance(fill_value, Tensor):
        fill_value = fill_value.item()
    return _filled("full", (size,), fill_value, dtype or _fill_dtype(fill_value), requires_grad, device)


def _like(function, input, value, dtype, requires_grad, device):
    if not isinstance(input, Tensor):
        raise TypeError(
            f"{function}(): argument 'input' (position 1) must be Tensor, not {type(input).__name__}"
        )
    return _filled(function, (list(input.shape),), value, dtype or input.dtype, requires_grad, device)


def zeros_like(input, *, dtype=None, device=None, requires_grad=False, memory_format=None):
    return _like("zeros_like", input, 0, dtype, requires_grad, device)


def ones_like(input, *, dtype=None, device=None, requires_grad=False, memory_format=None):
    return _like("ones_like", input, 1, dtype, requires_grad, device)


def empty_like(input, *, dtype=None, device=None, requires_grad=False, memory_format=None):
    return _like("empty_like", input, 0, dtype, requires_grad, device)


def full_like(input, fill_value, *, dtype=None, device=None, requires_grad=False, memory_format=None):
    return _like("full_like", input, fill_value, dtype, requires_grad, device)


def _number(value):
    return value.item() if isinstance(value, Tensor) else value


def arange(start, end=None, step=1, *, dtype=None, device=None, requires_grad=False, out=None):
    if end is None:
        start, end = 0, start
    start, end, step = _number(start), _number(end), _number(step)
    if dtype is None:
        dtype = _default() if any(type(v) is float for v in (start, end, step)) else _dtype.int64
    return _finish(wrap(ops.arange(float(start), float(end), float(step), dtype.code)), requires_grad, device)


def linspace(start, end, steps, *, dtype=None, device=None, requires_grad=False, out=None):
    start, end = _number(start), _number(end)
    t = wrap(ops.linspace(float(start), float(end), int(steps), (dtype or _default()).code))
    return _finish(t, requires_grad, device)


def logspace(start, end, steps, base=10.0, *, dtype=None, device=None, requires_grad=False, out=None):
    start, end = _number(start), _number(end)
    t = wrap(ops.logspace(float(start), float(end), int(steps), float(base), (dtype or _default()).code))
    return _finish(t, requires_grad, device)


def eye(n, m=None, *, dtype=None, device=None, requires_grad=False, out=None):
    t = wrap(ops.eye(int(n), int(n if m is None else m), (dtype or _default()).code))
    return _finish(t, requires_grad, device)


def is_tensor(obj):
    return isinstance(obj, Tensor)


def numel(input):
    return input.numel()


# ---- legacy constructors: torch.Tensor(data or sizes), torch.FloatTensor(...), ...
def _legacy(dtype, args):
    if len(args) == 1 and isinstance(args[0], (list, tuple, range)) and not isinstance(args[0], Size):
        flat, shape = _flatten(args[0])
        _infer_dtype(flat)  # rejects non-numbers
        return from_values(flat, shape, dtype)
    if len(args) == 1 and isinstance(args[0], Tensor):
        return args[0] if args[0].dtype is dtype else args[0].to(dtype)
    if not args:
        args = (0,)  # torch.Tensor(): an empty 1-D tensor
    return _filled(_dtype.legacy_name(dtype), args, 0, dtype, False)


def _new_tensor(cls, *args, **kwargs):
    if cls is not Tensor:  # subclasses (nn.Parameter) build their own instances
        return object.__new__(cls)
    return _legacy(_default(), args)


Tensor.__new__ = staticmethod(_new_tensor)


class _LegacyType(type):
    """torch.FloatTensor and friends: calling one makes a tensor of its dtype, and
    isinstance(t, torch.FloatTensor) tests the dtype, as in PyTorch."""

    def __call__(cls, *args):
        return _legacy(cls.dtype, args)

    def __instancecheck__(cls, obj):
        return isinstance(obj, Tensor) and obj.dtype is cls.dtype


def _legacy_class(dtype):
    name = _dtype.legacy_name(dtype)
    return _LegacyType(name, (), {"dtype": dtype, "__module__": "torch"})


FloatTensor = _legacy_class(_dtype.float32)
DoubleTensor = _legacy_class(_dtype.float64)
LongTensor = _legacy_class(_dtype.int64)
IntTensor = _legacy_class(_dtype.int32)
BoolTensor = _legacy_class(_dtype.bool)
ByteTensor = _legacy_class(_dtype.uint8)
CharTensor = _legacy_class(_dtype.int8)
ShortTensor = _legacy_class(_dtype.int16)
HalfTensor = _legacy_class(_dtype.float16)
BFloat16Tensor = _legacy_class(_dtype.bfloat16)
