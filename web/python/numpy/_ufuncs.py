"""NumPy's universal functions over arrays, scalars and Python numbers: arithmetic,
comparisons, logic and the elementwise math functions, with broadcasting, NumPy 1.24's type
promotion (numpy._dtypes.result_type) and ``out=``; the operators of ndarray and of the scalar
types are these ufuncs.

Each ufunc runs as one engine op on tensors of the result dtype; the engine's float64 kernels
are the C library's functions, so float64 results have NumPy's bits (see docs/numpy.md for the
float32 ones).
"""
import math

import torch

from . import _dtypes, _scalars
from ._ndarray import ndarray, scalar_of, shape_text, value_of, wrap


class UFuncTypeError(TypeError):
    pass


class _UFuncOutputCastingError(UFuncTypeError):
    pass


for _cls in (UFuncTypeError, _UFuncOutputCastingError):
    _cls.__module__ = "numpy.core._exceptions"
# NumPy shows the casting error under its base's name.
_UFuncOutputCastingError.__name__ = _UFuncOutputCastingError.__qualname__ = "UFuncTypeError"


class _Operand:
    """One input of a ufunc: its tensor, dtype, and (for a Python number, a NumPy scalar or a
    0-d array, which NumPy 1.24 types by value) its value."""

    __slots__ = ("tensor", "dtype", "value", "scalar")

    def __init__(self, x):
        if isinstance(x, ndarray):
            self.tensor, self.dtype = x._t, x.dtype
            self.scalar = x.ndim == 0
            self.value = value_of(x._t) if self.scalar else None
            return
        if isinstance(x, _scalars.generic):
            self.dtype, self.value = x.dtype, x.value
        elif type(x) is bool:
            self.dtype, self.value = _dtypes.bool_, x
        elif isinstance(x, int) and not isinstance(x, bool):
            self.dtype, self.value = _dtypes.int64, x
            if not -(2**63) <= x < 2**63:
                raise OverflowError("Python int too large to convert to C long")
        elif isinstance(x, float):
            self.dtype, self.value = _dtypes.float64, float(x)
        else:
            from ._creation import asarray

            self.__init__(asarray(x))
            return
        self.scalar, self.tensor = True, None

    def as_tensor(self, d):
        if self.tensor is None:
            return torch.tensor(self.value, dtype=d.torch)
        return self.tensor if self.tensor.dtype is d.torch else self.tensor.to(d.torch)


def _as_array(x):
    from ._creation import asarray

    return asarray(x)


def broadcast_shapes(*shapes):
    """The broadcast shape, or NumPy's ValueError naming every operand's shape."""
    rank = max(len(s) for s in shapes)
    result = []
    for axis in range(rank):
        size = 1
        for s in shapes:
            n = s[axis - rank + len(s)] if axis - rank + len(s) >= 0 else 1
            if n != 1:
                if size not in (1, n):
                    raise ValueError("operands could not be broadcast together with shapes "
                                     + " ".join(shape_text(s) for s in shapes) + " ")
                size = n
        result.append(size)
    return tuple(result)


def broadcasts_to(shape, target):
    """Whether an operand of ``shape`` broadcasts to exactly ``target``."""
    try:
        return broadcast_shapes(shape, target) == target
    except ValueError:
        return False


def _types_error(name, operands):
    types = ", ".join(f"dtype('{o.dtype.name}')" for o in operands)
    return UFuncTypeError(f"ufunc '{name}' did not contain a loop with signature matching types ({types}) -> None")


def _safe_error(name):
    return UFuncTypeError(f"ufunc '{name}' not supported for the input types, and the inputs could not be safely "
                          "coerced to any supported types according to the casting rule ''safe''")


_KIND_RANK = {"b": 0, "u": 1, "i": 1, "f": 2}


def _can_cast_same_kind(source, target):
    return _KIND_RANK[source.kind] <= _KIND_RANK[target.kind] and not (source.kind == "i" and target.kind == "u")


def _finish(name, result, out):
    if out is None:
        if result.dim() == 0:
            return scalar_of(result)
        return wrap(result)
    if isinstance(out, tuple):
        (out,) = out
    source = _dtypes.BY_TORCH[result.dtype]
    if not _can_cast_same_kind(source, out.dtype):
        raise _UFuncOutputCastingError(f"Cannot cast ufunc '{name}' output from dtype('{source.name}') to "
                                       f"dtype('{out.dtype.name}') with casting rule 'same_kind'")
    if not broadcasts_to(tuple(result.shape), out.shape):
        raise ValueError(f"non-broadcastable output operand with shape {shape_text(out.shape)} doesn't match "
                         f"the broadcast shape {shape_text(tuple(result.shape))}")
    out._t.copy_(result.to(out.dtype.torch).expand(out.shape))
    return out


class ufunc:
    """A NumPy ufunc: ``np.add(a, b, out=None)``; ``np.add.reduce`` and ``np.add.outer`` too."""

    __module__ = "numpy"

    def __init__(self, name, nin, compute, resolve):
        self.__name__ = name
        self.nin = nin
        self.nout = 1
        self._compute = compute  # (tensors of the loop dtype...) -> tensor
        self._resolve = resolve  # (name, operands) -> loop dtype

    def __repr__(self):
        return f"<ufunc '{self.__name__}'>"

    def __call__(self, *args, out=None, where=True, dtype=None, casting="same_kind", order="K", subok=True):
        if len(args) != self.nin:
            if len(args) == self.nin + 1 and out is None:
                *args, out = args
            else:
                raise TypeError(f"{self.__name__}() takes from {self.nin} to {self.nin + 1} positional arguments but "
                                f"{len(args)} were given")
        if where is not True:
            raise NotImplementedError("numpy ufuncs' where= is not available in Gradbook's NumPy")
        if any(isinstance(a, torch.Tensor) for a in args) and out is None:
            # NumPy reads a tensor through Tensor.__array__ and, the Tensor having the higher
            # __array_priority__, hands the result to its __array_wrap__: a tensor again.
            from torch._numpy_bridge import array_result

            arrays = [a.numpy() if isinstance(a, torch.Tensor) else a for a in args]
            return array_result(_as_array(self(*arrays, dtype=dtype)))
        operands = [_Operand(a) for a in args]
        if self.nin > 1:
            broadcast_shapes(*(tuple(o.tensor.shape) if o.tensor is not None else () for o in operands))
        d = self._resolve(self.__name__, operands) if dtype is None else _dtypes.as_dtype(dtype)
        result = self._compute(*(o.as_tensor(d) for o in operands))
        return _finish(self.__name__, result, out)

    def reduce(self, array, axis=0, dtype=None, out=None, keepdims=False):
        from . import _reductions

        return _reductions.ufunc_reduce(self, array, axis, dtype, out, keepdims)

    def accumulate(self, array, axis=0, dtype=None, out=None):
        from . import _reductions

        return _reductions.ufunc_accumulate(self, array, axis, dtype, out)

    def outer(self, a, b, **kwargs):
        from ._creation import asarray

        a, b = asarray(a), asarray(b)
        return self(a.reshape(a.shape + (1,) * b.ndim), b, **kwargs)


# ---- loop dtype resolvers


def _common(name, operands):
    return _dtypes.result_type([o.dtype for o in operands if not o.scalar], [(o.dtype, o.value) for o in operands if o.scalar])


def _numeric(name, operands):
    d = _common(name, operands)
    if d is _dtypes.bool_ and name == "subtract":
        raise TypeError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` "
                        "operator, or the logical_xor function instead.")
    if d is _dtypes.bool_ and name in ("floor_divide", "remainder", "power", "fmod"):
        raise _dtypes._absent("int8")
    return d


def _inexact(name, operands):
    """Loops over floats only: integers go to float64 (bool and uint8 to float16 in NumPy)."""
    d = _common(name, operands)
    if d.kind == "f":
        return d
    if d.itemsize >= 4 or name in ("true_divide",):
        return _dtypes.float64
    raise _dtypes._absent("float16")


def _float_only(name, operands):
    d = _common(name, operands)
    if d.kind != "f":
        raise _safe_error(name)
    return d


def _integral(name, operands):
    d = _common(name, operands)
    if d.kind == "f":
        raise _safe_error(name)
    return d


def _not_bool(message):
    def resolve(name, operands):
        d = _common(name, operands)
        if d is _dtypes.bool_:
            raise TypeError(message)
        return d

    return resolve


def _keep(name, operands):
    return _common(name, operands)


# ---- kernels that need more than one engine op


def _remainder(a, b):
    # NumPy's divmod: a zero remainder takes the divisor's sign (fmod gives the dividend's).
    r = torch.remainder(a, b)
    if r.dtype.is_floating_point:
        zero = torch.zeros((), dtype=r.dtype)
        r = torch.where(r == 0, torch.where(b < 0, -zero, zero), r)
    return r


def _power(a, b):
    if not a.dtype.is_floating_point and bool((b < 0).any()):
        raise ValueError("Integers to negative integer powers are not allowed.")
    return torch.pow(a, b)


def _sign(a):
    s = torch.sign(a)
    return s if not a.dtype.is_floating_point else torch.where(torch.isnan(a), a, s)


def _logical(function):
    return lambda *ts: function(*(t if t.dtype is torch.bool else t != 0 for t in ts))


_DEGREE = math.pi / 180.0
_RADIAN = 180.0 / math.pi

_UFUNCS = {
    # name: (nin, compute, resolve)
    "add": (2, lambda a, b: torch.logical_or(a, b) if a.dtype is torch.bool else torch.add(a, b), _numeric),
    "subtract": (2, torch.sub, _numeric),
    "multiply": (2, lambda a, b: torch.logical_and(a, b) if a.dtype is torch.bool else torch.mul(a, b), _numeric),
    "true_divide": (2, torch.div, _inexact),
    "floor_divide": (2, torch.floor_divide, _numeric),
    "remainder": (2, _remainder, _numeric),
    "power": (2, _power, _numeric),
    "maximum": (2, torch.maximum, _keep),
    "minimum": (2, torch.minimum, _keep),
    "hypot": (2, torch.hypot, _inexact),
    "equal": (2, torch.eq, _keep),
    "not_equal": (2, torch.ne, _keep),
    "less": (2, torch.lt, _keep),
    "less_equal": (2, torch.le, _keep),
    "greater": (2, torch.gt, _keep),
    "greater_equal": (2, torch.ge, _keep),
    "logical_and": (2, _logical(torch.logical_and), _keep),
    "logical_or": (2, _logical(torch.logical_or), _keep),
    "logical_xor": (2, _logical(torch.logical_xor), _keep),
    "logical_not": (1, _logical(torch.logical_not), _keep),
    "bitwise_and": (2, torch.bitwise_and, _integral),
    "bitwise_or": (2, torch.bitwise_or, _integral),
    "bitwise_xor": (2, torch.bitwise_xor, _integral),
    "invert": (1, torch.bitwise_not, _integral),
    "negative": (1, torch.neg, _not_bool("The numpy boolean negative, the `-` operator, is not supported, use the "
                                         "`~` operator or the logical_not function instead.")),
    "positive": (1, lambda a: a.clone(), _keep),
    "absolute": (1, lambda a: a.clone() if a.dtype is torch.bool else torch.abs(a), _keep),
    "square": (1, lambda a: torch.logical_and(a, a) if a.dtype is torch.bool else torch.mul(a, a), _keep),
    "sign": (1, _sign, _keep),
    "reciprocal": (1, torch.reciprocal, _keep),
    "exp": (1, torch.exp, _inexact),
    "exp2": (1, torch.exp2, _inexact),
    "expm1": (1, torch.expm1, _inexact),
    "log": (1, torch.log, _inexact),
    "log2": (1, torch.log2, _inexact),
    "log10": (1, torch.log10, _inexact),
    "log1p": (1, torch.log1p, _inexact),
    "sqrt": (1, torch.sqrt, _inexact),
    "sin": (1, torch.sin, _inexact),
    "cos": (1, torch.cos, _inexact),
    "tan": (1, torch.tan, _inexact),
    "arcsin": (1, torch.asin, _inexact),
    "arccos": (1, torch.acos, _inexact),
    "arctan": (1, torch.atan, _inexact),
    "sinh": (1, torch.sinh, _inexact),
    "cosh": (1, torch.cosh, _inexact),
    "tanh": (1, torch.tanh, _inexact),
    "deg2rad": (1, lambda a: a * _DEGREE, _inexact),  # NumPy: x * (pi/180), one rounding
    "rad2deg": (1, lambda a: a * _RADIAN, _inexact),  # NumPy: x * (180/pi)
    "floor": (1, torch.floor, _inexact),
    "ceil": (1, torch.ceil, _inexact),
    "trunc": (1, torch.trunc, _inexact),
    "rint": (1, torch.round, _inexact),
    "isnan": (1, torch.isnan, _keep),
    "isinf": (1, torch.isinf, _keep),
    "isfinite": (1, torch.isfinite, _keep),
}

UFUNCS = {name: ufunc(name, nin, compute, resolve) for name, (nin, compute, resolve) in _UFUNCS.items()}
ALIASES = {"radians": "deg2rad", "degrees": "rad2deg", "divide": "true_divide", "mod": "remainder", "abs": "absolute", "bitwise_not": "invert",
           "conjugate": "positive", "conj": "positive"}
for _alias, _name in ALIASES.items():
    UFUNCS[_alias] = UFUNCS[_name]


# ---- operators of ndarray and of the scalar types


def _operator(name, reflected=False):
    function = UFUNCS[name]

    def forward(self, other):
        if isinstance(other, torch.Tensor):  # a NumPy scalar leaves it to the Tensor, as a Python number
            return _tensor_operand(name, other) if isinstance(self, ndarray) else NotImplemented
        if not _numeric_operand(other):
            return NotImplemented
        return function(other, self) if reflected else function(self, other)

    return forward


def _inplace(name):
    function = UFUNCS[name]

    def inplace(self, other):
        if isinstance(other, torch.Tensor):
            return _tensor_operand(name, other)
        return function(self, other, out=self)

    return inplace


# PyTorch 1.13's Tensor has __array_priority__ 1000, so NumPy defers to it; what the Tensor then
# does with an ndarray depends on the operator (see docs/numpy.md): these are the results.
_TENSOR_TYPE_ERRORS = {"add": "Concatenation operation is not implemented for NumPy arrays, use np.concatenate() "
                       "instead. Please do not rely on this error; it may not be given on all Python implementations."}
_SYMBOLS = {"subtract": "-", "multiply": "*", "power": "** or pow()", "matmul": "@", "floor_divide": "//",
            "remainder": "%", "bitwise_and": "&", "bitwise_or": "|", "bitwise_xor": "^"}


def _tensor_operand(name, tensor):
    if name == "true_divide":
        return NotImplemented  # the Tensor's __rtruediv__ takes it
    if name == "equal":
        return False
    if name == "not_equal":
        return True
    if name in _TENSOR_TYPE_ERRORS:
        raise TypeError(_TENSOR_TYPE_ERRORS[name])
    return NotImplemented


def _numeric_operand(x):
    return isinstance(x, (ndarray, _scalars.generic, int, float, list, tuple))


_BINARY_OPERATORS = {
    "add": "add", "sub": "subtract", "mul": "multiply", "truediv": "true_divide", "floordiv": "floor_divide",
    "mod": "remainder", "pow": "power", "and": "bitwise_and", "or": "bitwise_or", "xor": "bitwise_xor",
}
_COMPARISONS = {"eq": "equal", "ne": "not_equal", "lt": "less", "le": "less_equal", "gt": "greater",
                "ge": "greater_equal"}


for _target in (ndarray, _scalars.generic):
    for _op, _name in _BINARY_OPERATORS.items():
        setattr(_target, f"__{_op}__", _operator(_name))
        setattr(_target, f"__r{_op}__", _operator(_name, reflected=True))
    for _op, _name in _COMPARISONS.items():
        setattr(_target, f"__{_op}__", _operator(_name))
    _target.__neg__ = lambda self: UFUNCS["negative"](self)
    _target.__pos__ = lambda self: UFUNCS["positive"](self)
    _target.__abs__ = lambda self: UFUNCS["absolute"](self)
    _target.__invert__ = lambda self: UFUNCS["invert"](self)
    _target.__divmod__ = lambda self, other: (self // other, self % other)

for _op, _name in _BINARY_OPERATORS.items():
    setattr(ndarray, f"__i{_op}__", _inplace(_name))
ndarray.__hash__ = None
_scalars.float64.__hash__ = float.__hash__
_scalars.generic.__hash__ = lambda self: hash(self.value)
for _cls in (_scalars.float32, _scalars.int64, _scalars.int32, _scalars.uint8, _scalars.bool_):
    _cls.__hash__ = _scalars.generic.__hash__
