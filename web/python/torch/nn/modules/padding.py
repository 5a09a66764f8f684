"""nn.ConstantPad1d/2d/3d, nn.ZeroPad2d, nn.ReflectionPad1d/2d/3d, nn.ReplicationPad1d/2d/3d:
F.pad with the padding kept as a tuple (one int is repeated on every side), printed as
PyTorch prints them."""
from .. import functional as F
from .module import Module


def _sides(padding, count):
    return tuple(padding) if isinstance(padding, (tuple, list)) else (padding,) * count


class _ConstantPadNd(Module):
    def __init__(self, padding, value, sides):
        super().__init__()
        self.padding = _sides(padding, sides)
        self.value = value

    def forward(self, input):
        return F.pad(input, self.padding, "constant", self.value)

    def extra_repr(self):
        return f"padding={self.padding}, value={self.value}"


class ConstantPad1d(_ConstantPadNd):
    def __init__(self, padding, value):
        super().__init__(padding, value, 2)


class ConstantPad2d(_ConstantPadNd):
    def __init__(self, padding, value):
        super().__init__(padding, value, 4)


class ConstantPad3d(_ConstantPadNd):
    def __init__(self, padding, value):
        super().__init__(padding, value, 6)


class ZeroPad2d(ConstantPad2d):
    def __init__(self, padding):
        super().__init__(padding, 0.)

    def extra_repr(self):
        return f"{self.padding}"


class _EdgePadNd(Module):
    mode = None

    def __init__(self, padding, sides):
        super().__init__()
        self.padding = _sides(padding, sides)

    def forward(self, input):
        return F.pad(input, self.padding, self.mode)

    def extra_repr(self):
        return f"{self.padding}"


class ReflectionPad1d(_EdgePadNd):
    mode = "reflect"

    def __init__(self, padding):
        super().__init__(padding, 2)


class ReflectionPad2d(_EdgePadNd):
    mode = "reflect"

    def __init__(self, padding):
        super().__init__(padding, 4)


class ReflectionPad3d(_EdgePadNd):
    mode = "reflect"

    def __init__(self, padding):
        super().__init__(padding, 6)


class ReplicationPad1d(_EdgePadNd):
    mode = "replicate"

    def __init__(self, padding):
        super().__init__(padding, 2)


class ReplicationPad2d(_EdgePadNd):
    mode = "replicate"

    def __init__(self, padding):
        super().__init__(padding, 4)


class ReplicationPad3d(_EdgePadNd):
    mode = "replicate"

    def __init__(self, padding):
        super().__init__(padding, 6)
