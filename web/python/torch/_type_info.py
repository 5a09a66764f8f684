"""torch.finfo and torch.iinfo: the limits of a floating or integer dtype, as PyTorch reports them."""
from . import _dtype

# bits, eps, max, smallest normal, and the decimal digits every value keeps (resolution 10^-digits).
_FLOATS = {
    _dtype.float16: (16, 2.0**-10, 65504.0, 2.0**-14, 3),
    _dtype.bfloat16: (16, 2.0**-7, (2 - 2.0**-7) * 2.0**127, 2.0**-126, 2),
    _dtype.float32: (32, 2.0**-23, (2 - 2.0**-23) * 2.0**127, 2.0**-126, 6),
    _dtype.float64: (64, 2.0**-52, (2 - 2.0**-52) * 2.0**1023, 2.0**-1022, 15),
}


class finfo:
    def __init__(self, type=None):
        if type is None:
            from . import get_default_dtype

            type = get_default_dtype()
        if type not in _FLOATS:
            raise TypeError("torch.finfo() requires a floating point input type. Use torch.iinfo to handle 'torch.finfo'")
        self.bits, self.eps, self.max, self.smallest_normal, digits = _FLOATS[type]
        self.min = -self.max
        self.tiny = self.smallest_normal
        self.resolution = 10.0**-digits
        self.dtype = type.name

    def __repr__(self):
        return (f"finfo(resolution={self.resolution:g}, min={self.min:g}, max={self.max:g}, eps={self.eps:g}, "
                f"smallest_normal={self.smallest_normal:g}, tiny={self.tiny:g}, dtype={self.dtype})")

    __str__ = __repr__


class iinfo:
    def __init__(self, type):
        if type is _dtype.bool:
            raise TypeError("torch.bool is not supported by torch.iinfo")
        if type.is_floating_point:
            raise TypeError("torch.iinfo() requires an integer input type. Use torch.finfo to handle 'torch.iinfo'")
        self.bits = 8 * type.itemsize
        self.min, self.max = (0, 255) if type is _dtype.uint8 else (-(2 ** (self.bits - 1)), 2 ** (self.bits - 1) - 1)
        self.dtype = type.name

    # PyTorch formats the limits as C++ doubles (%g): int32's show as -2.14748e+09.
    def __repr__(self):
        return f"iinfo(min={float(self.min):g}, max={float(self.max):g}, dtype={self.dtype})"

    __str__ = __repr__
