"""numpy.ndarray: a NumPy face over one engine tensor.

The array's data is a torch.Tensor (never requiring grad) held in ``_t``: views (slices,
transposes, reshapes that need no copy) are the engine's views of the same storage, so they
share memory as NumPy's do, and torch.from_numpy / Tensor.numpy hand the storage across
without a copy. This module holds the core (metadata, values, conversions); the op families
(_ufuncs, _reductions, _shape, _indexing, ...) add their methods with ``@array_method``.
"""
import warnings

from . import _dtypes, _scalars


def array_method(*names):
    """Installs the decorated function as ndarray methods (by default under its own name)."""

    def install(function):
        for name in names or (function.__name__,):
            setattr(ndarray, name, function)
        return function

    return install


def wrap(t, base=None, reversed=False):
    """The ndarray whose data is the tensor ``t`` (shared, not copied); ``base`` is the array
    it views, if any; ``reversed`` marks what NumPy holds with a negative stride (a[::-1]),
    which torch.from_numpy refuses."""
    a = object.__new__(ndarray)
    a._t = t
    a._base = base
    a._reversed = reversed
    return a


def shape_text(shape):
    """A shape as NumPy writes it in messages: (2,3), (4,), ()."""
    return "(" + ",".join(str(n) for n in shape) + ("," if len(shape) == 1 else "") + ")"


class ndarray:
    __slots__ = ("_t", "_base", "_reversed", "__weakref__")
    __module__ = "numpy"
    __array_priority__ = 0.0
    __hash__ = None

    def __new__(cls, shape, dtype=float, buffer=None, offset=0, strides=None, order=None):
        if buffer is not None or strides is not None:
            raise NotImplementedError("numpy.ndarray with a buffer or strides is not available in Gradbook's NumPy")
        from ._creation import empty

        return empty(shape, dtype)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(f"'numpy.ndarray' object has no attribute '{name}'")
        from ._names import ndarray_getattr

        return ndarray_getattr(self, name)

    # ---- metadata
    @property
    def shape(self):
        return tuple(self._t.shape)

    @shape.setter
    def shape(self, new_shape):
        from ._shape import reshape_tensor

        reshaped = reshape_tensor(self._t, new_shape)  # checks the size first, as NumPy does
        if not self._t.is_contiguous():
            raise AttributeError("Incompatible shape for in-place modification. Use `.reshape()` to make a copy "
                                 "with the desired shape.")
        self._t = reshaped

    @property
    def dtype(self):
        return _dtypes.BY_TORCH[self._t.dtype]

    @property
    def ndim(self):
        return self._t.dim()

    @property
    def size(self):
        return self._t.numel()

    @property
    def itemsize(self):
        return self.dtype.itemsize

    @property
    def nbytes(self):
        return self._t.numel() * self.dtype.itemsize

    @property
    def strides(self):
        size = self.dtype.itemsize
        return tuple(s * size for s in self._t.stride())

    @property
    def base(self):
        return self._base

    @property
    def flat(self):
        from ._shape import ravel

        return iter(ravel(self))

    # ---- values
    def _flat_values(self):
        """The elements as Python numbers, in C order."""
        return self._t.reshape(-1).tolist()

    def tolist(self):
        return self._t.tolist()

    def item(self, *args):
        if len(args) == 1 and isinstance(args[0], tuple):
            args = args[0]
        if not args:
            if self.size != 1:
                raise ValueError("can only convert an array of size 1 to a Python scalar")
            return value_of(self._t)
        if len(args) == 1:
            index = args[0]
            if not -self.size <= index < self.size:
                raise IndexError("index %d is out of bounds for size %d" % (index, self.size))
            return value_of(self._t.reshape(-1)[index])
        return self[tuple(args)].item()

    def __len__(self):
        if self.ndim == 0:
            raise TypeError("len() of unsized object")
        return self.shape[0]

    def __contains__(self, value):
        return bool((self == value).any())

    def __iter__(self):
        if self.ndim == 0:
            raise TypeError("iteration over a 0-d array")
        return (self[i] for i in range(self.shape[0]))

    def _only_scalar(self, kind):
        if self.size != 1:
            raise TypeError("only size-1 arrays can be converted to Python scalars")
        return kind(value_of(self._t))

    def __float__(self):
        return self._only_scalar(float)

    def __int__(self):
        return self._only_scalar(int)

    def __complex__(self):
        return self._only_scalar(complex)

    def __index__(self):
        if self.ndim != 0 or self.dtype.kind not in "iu":
            raise TypeError("only integer scalar arrays can be converted to a scalar index")
        return value_of(self._t)

    def __bool__(self):
        n = self.size
        if n == 1:
            return bool(value_of(self._t))
        if n == 0:
            warnings.warn("The truth value of an empty array is ambiguous. Returning False, but in future this "
                          "will result in an error. Use `array.size > 0` to check that an array is not empty.",
                          DeprecationWarning, stacklevel=2)
            return False
        raise ValueError("The truth value of an array with more than one element is ambiguous. "
                         "Use a.any() or a.all()")

    # ---- printing
    def __repr__(self):
        from ._arrayprint import array_repr

        return array_repr(self._flat_values(), self.shape, self.dtype.name)

    def __str__(self):
        from ._arrayprint import array_str

        return array_str(self._flat_values(), self.shape, self.dtype.name)

    # ---- conversions
    def astype(self, dtype, order="K", casting="unsafe", subok=True, copy=True):
        d = _dtypes.as_dtype(dtype)
        if d is self.dtype and not copy:
            return self
        return wrap(self._t.to(d.torch, copy=True))

    def copy(self, order="C"):
        t = self._t
        contiguous = t.contiguous()
        return wrap(contiguous.clone() if contiguous is t else contiguous)

    def view(self, dtype=None):
        if dtype is not None and _dtypes.as_dtype(dtype) is not self.dtype:
            raise NotImplementedError("numpy.ndarray.view with another dtype is not available in Gradbook's NumPy")
        return wrap(self._t.view(self._t.shape), self)

    def fill(self, value):
        self._t.fill_(value)

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo):
        return self.copy()

    def __reduce__(self):
        from ._creation import _from_flat

        return (_from_flat, (self._flat_values(), self.shape, self.dtype.name))

    def __array__(self, dtype=None):
        return self if dtype is None else self.astype(dtype)


def value_of(t):
    """The Python number in a one-element tensor (read as data, so -0.0 stays -0.0)."""
    return t.reshape(-1).tolist()[0]


def scalar_of(t):
    """The NumPy scalar for a one-element tensor."""
    return _scalars.scalar(value_of(t), _dtypes.BY_TORCH[t.dtype])


# Python's own messages ("unsupported operand type(s) for *: 'numpy.ndarray' and 'Tensor'") name a
# type by __name__; NumPy's C type is named numpy.ndarray there. The qualified name stays
# "ndarray", so repr(type(a)) is still <class 'numpy.ndarray'>.
ndarray.__name__ = "numpy.ndarray"
