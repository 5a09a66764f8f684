"""NumPy's scalar types: np.float64 (a subclass of Python's float, as in NumPy), np.float32,
np.int64, np.int32, np.uint8 and np.bool_, with their abstract bases (np.generic, np.number,
np.integer, np.floating, ...) for isinstance checks.

A scalar is what indexing an array with integers gives, and what a ufunc or reduction gives for
a 0-d result. Arithmetic and comparisons on scalars are installed by numpy._ufuncs (they run as
0-d array ops, so a scalar follows NumPy's type promotion); printing asks numpy._arrayprint.
"""
import struct

from . import _dtypes


class generic:
    """Base of every NumPy scalar; ``value`` is the Python number it holds."""

    __module__ = "numpy"
    __slots__ = ()
    dtype = None

    def item(self, *args):
        return self.value

    def __getattr__(self, name):
        """NumPy's scalars have the array methods (x.round(2), x.astype(int), ...): they act as
        the 0-d array."""
        from ._ndarray import ndarray

        if name.startswith("_") or not hasattr(ndarray, name):
            raise AttributeError(f"'numpy.{type(self).__name__}' object has no attribute '{name}'")
        from ._creation import asarray

        return getattr(asarray(self), name)

    def tolist(self):
        return self.value

    @property
    def shape(self):
        return ()

    @property
    def ndim(self):
        return 0

    @property
    def size(self):
        return 1

    @property
    def itemsize(self):
        return self.dtype.itemsize

    @property
    def nbytes(self):
        return self.dtype.itemsize

    @property
    def T(self):
        return self

    def __repr__(self):
        from ._arrayprint import format_scalar_repr

        return format_scalar_repr(self.value, self.dtype.name)

    def __str__(self):
        from ._arrayprint import format_scalar_str

        return format_scalar_str(self.value, self.dtype.name)

    def __format__(self, spec):
        return format(self.value, spec)

    def __bool__(self):
        return bool(self.value)

    def __float__(self):
        return float(self.value)

    def __int__(self):
        return int(self.value)

    def __hash__(self):
        return hash(self.value)

    def __round__(self, ndigits=None):
        if ndigits is None:  # Python's rule: a whole number, an int
            return round(self.value)
        from ._selection import around

        return around(self, ndigits)

    def __reduce__(self):
        return (type(self), (self.value,))


class number(generic):
    __slots__ = ()


class integer(number):
    __slots__ = ()

    def __index__(self):
        return self.value

    def is_integer(self):
        return True


class signedinteger(integer):
    __slots__ = ()


class unsignedinteger(integer):
    __slots__ = ()


class inexact(number):
    __slots__ = ()


class floating(inexact):
    __slots__ = ()


def _from_array(cls, value):
    """np.float32([1, 2]) and the like: a scalar type called on a sequence makes an array."""
    from ._creation import asarray

    return asarray(value, dtype=cls.dtype)


class _Boxed:
    """A scalar holding its value in a slot (every scalar type but float64)."""

    __slots__ = ()

    def __new__(cls, value=0):
        if isinstance(value, (list, tuple)) or hasattr(value, "_t"):
            return _from_array(cls, value)
        scalar = object.__new__(cls)
        scalar._value = cls._convert(value)
        return scalar

    @property
    def value(self):
        return self._value


def _to_integer(value, bits, signed):
    if isinstance(value, str):
        value = int(value)
    value = int(value)  # floats truncate toward zero, as C's cast
    value &= (1 << bits) - 1
    if signed and value >= 1 << (bits - 1):
        value -= 1 << bits
    return value


class int64(_Boxed, signedinteger):
    __slots__ = ("_value",)

    @staticmethod
    def _convert(value):
        return _to_integer(value, 64, True)


class int32(_Boxed, signedinteger):
    __slots__ = ("_value",)

    @staticmethod
    def _convert(value):
        return _to_integer(value, 32, True)


class uint8(_Boxed, unsignedinteger):
    __slots__ = ("_value",)

    @staticmethod
    def _convert(value):
        return _to_integer(value, 8, False)


class float32(_Boxed, floating):
    __slots__ = ("_value",)

    @staticmethod
    def _convert(value):
        value = float(value)
        try:
            return struct.unpack("f", struct.pack("f", value))[0]
        except OverflowError:  # beyond float32's range: NumPy's cast gives inf
            return value * float("inf")

    def is_integer(self):
        return self._value.is_integer()

    def as_integer_ratio(self):
        return self._value.as_integer_ratio()


class bool_(_Boxed, generic):
    __slots__ = ("_value",)

    @staticmethod
    def _convert(value):
        return bool(value)

    def __new__(cls, value=False):
        if isinstance(value, (list, tuple)) or hasattr(value, "_t"):
            return _from_array(cls, value)
        return True_ if value else False_

    def __index__(self):
        return int(self._value)


class float64(floating, float):
    __slots__ = ()

    def __new__(cls, value=0.0):
        if isinstance(value, (list, tuple)) or hasattr(value, "_t"):
            return _from_array(cls, value)
        return float.__new__(cls, value)

    @property
    def value(self):
        return float(self)

    __hash__ = float.__hash__
    __format__ = float.__format__
    __float__ = float.__float__

    def __reduce__(self):
        return (float64, (float(self),))


True_ = object.__new__(bool_)
True_._value = True
False_ = object.__new__(bool_)
False_._value = False

BY_DTYPE = {
    _dtypes.float64: float64, _dtypes.float32: float32, _dtypes.int64: int64, _dtypes.int32: int32,
    _dtypes.uint8: uint8, _dtypes.bool_: bool_,
}
for _d, _type in BY_DTYPE.items():
    _type.dtype = _d
    _d.type = _type
    _type.__module__ = "numpy"
bool_.__module__ = "numpy"


def scalar(value, d):
    """The NumPy scalar of dtype ``d`` holding the Python number ``value``."""
    if d is _dtypes.float64:
        return float64(value)
    if d is _dtypes.bool_:
        return True_ if value else False_
    boxed = object.__new__(BY_DTYPE[d])
    boxed._value = value
    return boxed
