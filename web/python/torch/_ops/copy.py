"""dtype and device conversions: to, type, float/double/long/int/bool, cpu, and dtype queries.

Everything runs on the CPU, so device arguments are accepted when they name the CPU."""
from .. import _dtype
from .._device import device as _device_type, parse_device
from .._engine import ops
from .._tensor import Tensor, tensor_method, wrap
from ._args import check_tensor


def _convert(input, dtype, copy=False):
    if dtype is input.dtype and not copy:
        return input
    if dtype is input.dtype:
        return input.clone()
    return wrap(ops.to_dtype(input._h, dtype.code))


@tensor_method()
def to(input, *args, dtype=None, device=None, copy=False, non_blocking=False, memory_format=None):
    """to(dtype), to(device), to(device, dtype), to(other_tensor), with keywords too."""
    for arg in args:
        if isinstance(arg, _dtype.dtype):
            dtype = arg
        elif isinstance(arg, Tensor):
            dtype = arg.dtype
        elif isinstance(arg, (str, _device_type, int)):
            device = arg
        else:
            raise TypeError(f"to() received an invalid combination of arguments - got ({type(arg).__name__})")
    if device is not None:
        parse_device(device)
    return _convert(input, dtype or input.dtype, copy)


@tensor_method("type")
def type_(input, dtype=None, non_blocking=False):
    """No argument: the legacy type name ('torch.FloatTensor'); else a conversion."""
    if dtype is None:
        return "torch." + _dtype.legacy_name(input.dtype)
    if isinstance(dtype, str):
        if dtype not in _dtype.BY_LEGACY:
            raise ValueError(f"invalid type: '{dtype}'")
        dtype = _dtype.BY_LEGACY[dtype]
    elif isinstance(dtype, type) and hasattr(dtype, "dtype"):  # torch.FloatTensor
        dtype = dtype.dtype
    return _convert(input, dtype)


def _named(dtype):
    def convert(input):
        return _convert(input, dtype)

    return convert


for _name, _target in (("float", _dtype.float32), ("double", _dtype.float64), ("long", _dtype.int64),
                       ("int", _dtype.int32), ("bool", _dtype.bool), ("byte", _dtype.uint8),
                       ("char", _dtype.int8), ("short", _dtype.int16), ("half", _dtype.float16),
                       ("bfloat16", _dtype.bfloat16)):
    tensor_method(_name)(_named(_target))


@tensor_method()
def cpu(input):
    return input


@tensor_method()
def cuda(input, device=None, non_blocking=False):
    raise AssertionError("Torch not compiled with CUDA enabled")


Tensor.device = property(lambda self: _device_type("cpu"))
Tensor.is_cuda = property(lambda self: False)


@tensor_method()
def is_floating_point(input):
    return input.dtype.is_floating_point


@tensor_method()
def is_complex(input):
    return False


@tensor_method()
def element_size(input):
    return input.dtype.itemsize


Tensor.nelement = Tensor.numel
Tensor.ndimension = Tensor.dim


@tensor_method("fill_")
def _fill_(input, value):
    if isinstance(value, Tensor):
        value = value.item()
    ops.fill_(input._h, float(value))
    return input


@tensor_method("copy_")
def _copy_(input, src, non_blocking=False):
    check_tensor("copy_", "src", 1, src)
    ops.copy_(input._h, src._h)
    return input


@tensor_method("zero_")
def _zero_(input):
    return input.fill_(0)
