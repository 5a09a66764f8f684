"""numpy.dtype for the six dtypes Gradbook's NumPy holds, and NumPy 1.24's type promotion.

Each dtype is one of the engine's own (the data of an ndarray is an engine tensor), so the
torch dtype it maps to travels with it. Promotion follows NumPy 1.24, value-based casting
included: a Python number or a 0-d array only widens the result when its kind (bool < integer
< floating) is above every array's kind, and otherwise counts as the smallest dtype holding its
value (``int32_array + 1`` stays int32, ``float32_array * 2.5`` stays float32).
"""
import builtins

import torch

# name -> (kind, itemsize, char, torch dtype, array/struct format)
_TABLE = {
    "bool": ("b", 1, "?", torch.bool, "?"),
    "uint8": ("u", 1, "B", torch.uint8, "B"),
    "int32": ("i", 4, "i", torch.int32, "i"),
    "int64": ("i", 8, "l", torch.int64, "q"),
    "float32": ("f", 4, "f", torch.float32, "f"),
    "float64": ("f", 8, "d", torch.float64, "d"),
}

# NumPy's dtypes that Gradbook's NumPy does not hold: asking for one is NotImplementedError.
_ABSENT = {
    "int8": "b", "int16": "h", "uint16": "H", "uint32": "I", "uint64": "Q", "float16": "e",
    "longdouble": "g", "complex64": "F", "complex128": "D", "clongdouble": "G", "object": "O",
    "str": "U", "bytes": "S", "void": "V", "datetime64": "M", "timedelta64": "m",
}


class dtype:
    """A NumPy data type: ``np.dtype('float32')``, ``arr.dtype``."""

    __slots__ = ("name", "kind", "itemsize", "char", "torch", "format", "type")
    __module__ = "numpy"

    def __new__(cls, spec=None, align=False, copy=False):
        return as_dtype(spec)

    @property
    def str(self):
        return ("|" if self.itemsize == 1 else "<") + self.kind + builtins.str(self.itemsize)

    @property
    def num(self):
        return {"?": 0, "B": 2, "i": 5, "l": 7, "f": 11, "d": 12}[self.char]

    @property
    def byteorder(self):
        return "|" if self.itemsize == 1 else "="

    @property
    def shape(self):
        return ()

    @property
    def ndim(self):
        return 0

    @property
    def names(self):
        return None

    @property
    def descr(self):
        return [("", self.str)]

    @property
    def alignment(self):
        return self.itemsize

    @property
    def isbuiltin(self):
        return 1

    def __repr__(self):
        return f"dtype('{self.name}')"

    def __str__(self):
        return self.name

    def __eq__(self, other):
        try:
            return as_dtype(other) is self
        except (TypeError, NotImplementedError):
            return False

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(("numpy.dtype", self.name))

    def __reduce__(self):
        return (dtype, (self.name,))


def _make(name):
    kind, itemsize, char, torch_dtype, fmt = _TABLE[name]
    d = object.__new__(dtype)
    d.name, d.kind, d.itemsize, d.char, d.torch, d.format = name, kind, itemsize, char, torch_dtype, fmt
    d.type = None  # the scalar type, set by numpy._scalars
    return d


BY_NAME = {name: _make(name) for name in _TABLE}
bool_, uint8, int32, int64, float32, float64 = (BY_NAME[n] for n in ("bool", "uint8", "int32", "int64", "float32", "float64"))
BY_TORCH = {d.torch: d for d in BY_NAME.values()}

_SPELLINGS = {
    "?": bool_, "b1": bool_, "bool": bool_, "bool_": bool_, "bool8": bool_,
    "B": uint8, "u1": uint8, "uint8": uint8, "ubyte": uint8,
    "i": int32, "i4": int32, "int32": int32, "intc": int32,
    "l": int64, "q": int64, "i8": int64, "int64": int64, "int": int64, "int_": int64, "long": int64,
    "longlong": int64, "intp": int64, "p": int64,
    "f": float32, "f4": float32, "float32": float32, "single": float32,
    "d": float64, "f8": float64, "float64": float64, "float": float64, "double": float64, "float_": float64,
}
_ABSENT_SPELLINGS = {
    "i1": "int8", "byte": "int8", "h": "int16", "i2": "int16", "short": "int16", "u2": "uint16", "ushort": "uint16",
    "u4": "uint32", "uintc": "uint32", "I": "uint32", "u8": "uint64", "L": "uint64", "uint": "uint64", "Q": "uint64",
    "uintp": "uint64", "e": "float16", "f2": "float16", "half": "float16", "g": "longdouble", "f16": "longdouble",
    "float128": "longdouble", "F": "complex64", "c8": "complex64", "D": "complex128", "c16": "complex128",
    "complex": "complex128", "c32": "clongdouble", "O": "object", "U": "str", "S": "bytes", "V": "void",
    **{name: name for name in _ABSENT}, **{char: name for name, char in _ABSENT.items()},
}


def _absent(name):
    return NotImplementedError(f"numpy.{name} is not available in Gradbook's NumPy")


def as_dtype(spec):
    """The dtype ``spec`` names (a dtype, a name or code, a Python type, a scalar type, None)."""
    if type(spec) is dtype:
        return spec
    if spec is None or spec is builtins.float:
        return float64
    if spec is builtins.int:
        return int64
    if spec is builtins.bool:
        return bool_
    if spec in (builtins.complex, builtins.str, builtins.bytes, builtins.object):
        raise _absent({builtins.complex: "complex128"}.get(spec, spec.__name__))
    own = getattr(spec, "dtype", None)
    if isinstance(spec, type) and type(own) is dtype:  # np.float32 and the other scalar types
        return own
    if isinstance(spec, torch.dtype):
        raise TypeError("Cannot interpret '%r' as a data type" % (spec,))
    if isinstance(spec, builtins.str):
        text = spec.lstrip("<>=|")
        found = _SPELLINGS.get(text)
        if found is not None:
            return found
        absent = _ABSENT_SPELLINGS.get(text) or _ABSENT_SPELLINGS.get(text.rstrip("0123456789"))
        if absent is not None and (text[:1] in "USV" or text in _ABSENT_SPELLINGS):
            raise _absent(absent)
        raise TypeError(f"data type {spec!r} not understood")
    raise TypeError(f"Cannot interpret '{spec!r}' as a data type")


# ---- promotion

_KIND_ORDER = {"b": 0, "u": 1, "i": 1, "f": 2}


def promote_types(a, b):
    """np.promote_types over our dtypes (bool < uint8 < int32 < int64 < float32 < float64, with
    NumPy's rule that an integer wider than float32's mantissa goes to float64)."""
    a, b = as_dtype(a), as_dtype(b)
    if a is b:
        return a
    ka, kb = a.kind, b.kind
    if ka == "b":
        return b
    if kb == "b":
        return a
    if ka == "f" and kb == "f":
        return float64
    if ka == "f" or kb == "f":
        f, other = (a, b) if ka == "f" else (b, a)
        if f is float32 and other.itemsize >= 2 and other.kind in "iu" and other is not uint8:
            return float64  # int16 and wider lose digits in float32
        return f
    if ka == kb:
        return a if a.itemsize >= b.itemsize else b
    return b if ka == "u" else a  # uint8 with int32 or int64: the signed one holds every uint8


def _min_scalar_name(value):
    """np.min_scalar_type's name for a Python number (may name a dtype we do not hold)."""
    if type(value) is builtins.bool:
        return "bool"
    if isinstance(value, builtins.int):
        if value >= 0:
            for name, top in (("uint8", 255), ("uint16", 65535), ("uint32", 2**32 - 1), ("uint64", 2**64 - 1)):
                if value <= top:
                    return name
            return "object"
        for name, bits in (("int8", 7), ("int16", 15), ("int32", 31), ("int64", 63)):
            if value >= -(2**bits):
                return name
        return "object"
    if value != value or abs(value) == builtins.float("inf"):
        return "float16"
    if abs(value) < 65000.0:
        return "float16"
    if abs(value) < 3.4e38:
        return "float32"
    return "float64"


# np.promote_types of an array dtype we hold with a min_scalar_type name (those we may not hold).
_VIRTUAL_RANK = {"bool": ("b", 0), "uint8": ("u", 1), "uint16": ("u", 2), "uint32": ("u", 4), "uint64": ("u", 8),
                 "int8": ("i", 1), "int16": ("i", 2), "int32": ("i", 4), "int64": ("i", 8),
                 "float16": ("f", 2), "float32": ("f", 4), "float64": ("f", 8)}


def _promote_names(a, b):
    """promote_types over names, covering the dtypes we do not hold, so that a result we cannot
    hold is named exactly (uint8 array + 300 is uint16 in NumPy)."""
    if a == b:
        return a
    ka, sa = _VIRTUAL_RANK[a]
    kb, sb = _VIRTUAL_RANK[b]
    if ka == "b":
        return b
    if kb == "b":
        return a
    if ka == "f" or kb == "f":
        if ka == "f" and kb == "f":
            return a if sa >= sb else b
        f, fs, other_kind, os_ = (a, sa, kb, sb) if ka == "f" else (b, sb, ka, sa)
        need = {1: 2, 2: 4, 4: 8, 8: 8}[os_]  # smallest float holding every value of the integer
        size = max(fs, need)
        return {2: "float16", 4: "float32", 8: "float64"}[size]
    if ka == kb:
        return a if sa >= sb else b
    us, ss = (sa, sb) if ka == "u" else (sb, sa)
    if ss > us:
        return b if ka == "u" else a
    return {1: "int16", 2: "int32", 4: "int64", 8: "float64"}[us]


def named(name):
    found = BY_NAME.get(name)
    if found is None:
        raise _absent(name)
    return found


def result_type(arrays, scalars):
    """The dtype of an elementwise op over ``arrays`` (dtypes of operands with dimensions) and
    ``scalars`` ((dtype, value) of Python numbers and 0-d operands), by NumPy 1.24's rules."""
    if not arrays:
        result = scalars[0][0]
        for d, _ in scalars[1:]:
            result = promote_types(result, d)
        return result
    result = arrays[0]
    for d in arrays[1:]:
        result = promote_types(result, d)
    if not scalars:
        return result
    top_array = max(_KIND_ORDER[d.kind] for d in arrays)
    top_scalar = max(_KIND_ORDER[d.kind] for d, _ in scalars)
    if top_scalar > top_array:
        for d, _ in scalars:
            result = promote_types(result, d)
        return result
    name = result.name
    for _, value in scalars:
        name = _promote_names(name, _min_scalar_name(value))
    return named(name)
