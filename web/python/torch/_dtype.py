"""torch.dtype objects and their engine codes."""


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


bool = dtype("bool", 0, False, 1, "?")
uint8 = dtype("uint8", 1, False, 1, "B")
int32 = dtype("int32", 2, False, 4, "i")
int64 = dtype("int64", 3, False, 8, "q")
float32 = dtype("float32", 4, True, 4, "f")
float64 = dtype("float64", 5, True, 8, "d")

BY_CODE = (bool, uint8, int32, int64, float32, float64)  # the engine's DType order

_LEGACY = {
    bool: "BoolTensor", uint8: "ByteTensor", int32: "IntTensor", int64: "LongTensor", float32: "FloatTensor",
    float64: "DoubleTensor",
}
BY_LEGACY = {"torch." + name: d for d, name in _LEGACY.items()}


def legacy_name(d):
    """'FloatTensor' for float32: the name of the legacy tensor type of a dtype."""
    return _LEGACY[d]
