"""torch.dtype objects and their engine codes."""
from ._engine import codes


class dtype:
    __slots__ = ("name", "code", "is_floating_point", "itemsize", "_format")

    def __init__(self, name, code, is_floating_point, itemsize, format_char):
        self.name = name
        self.code = code
        self.is_floating_point = is_floating_point
        self.itemsize = itemsize
        self._format = format_char  # struct/memoryview format of one element

    @property
    def is_signed(self):
        return self.name not in ("bool", "uint8")

    @property
    def is_complex(self):
        return False

    def __repr__(self):
        return "torch." + self.name

    def __reduce__(self):
        return self.name


# struct/memoryview format of one element, by dtype name (a Python notion the engine has no use for);
# memoryview reads no 16-bit floats, so those are widened to float32 first (exactly).
_FORMATS = {"bool": "?", "uint8": "B", "int8": "b", "int16": "h", "int32": "i", "int64": "q", "float16": None,
            "bfloat16": None, "float32": "f", "float64": "d"}

# The engine's dtypes, in code order (the engine declares the codes; see codes()).
BY_CODE = tuple(
    dtype(d["name"], code, d["is_floating_point"], d["itemsize"], _FORMATS[d["name"]])
    for code, d in enumerate(codes["dtypes"])
)
_BY_NAME = {d.name: d for d in BY_CODE}
bool, uint8, int8, int16, int32, int64, float16, bfloat16, float32, float64 = (
    _BY_NAME[name]
    for name in ("bool", "uint8", "int8", "int16", "int32", "int64", "float16", "bfloat16", "float32", "float64")
)

_LEGACY = {d: entry["legacy_name"].removeprefix("torch.") for d, entry in zip(BY_CODE, codes["dtypes"])}
BY_LEGACY = {"torch." + name: d for d, name in _LEGACY.items()}


def scalar_type_name(d):
    """'Float' for float32: the name PyTorch's C++ error texts give a dtype."""
    return _LEGACY[d].removesuffix("Tensor")


def legacy_name(d):
    """'FloatTensor' for float32: the name of the legacy tensor type of a dtype."""
    return _LEGACY[d]
