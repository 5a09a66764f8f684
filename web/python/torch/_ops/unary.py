"""Elementwise functions of one tensor (exp, sin, abs, floor, ...), generated from the engine's
table: each is torch.<name>(input), Tensor.<name>() and, in place, Tensor.<name>_()."""
import sys

from .._api_names import FUNCTIONS
from .._engine import codes, ops
from .._tensor import Tensor, tensor_method, wrap
from ._args import check_tensor

_unary, _unary_ = ops.unary, ops.unary_
_CODES = {name: code for code, name in enumerate(codes["unary"])}
# PyTorch's other names for the same functions.
_ALIASES = {
    "abs": ("absolute",), "neg": ("negative",), "trunc": ("fix",),
    "asin": ("arcsin",), "acos": ("arccos",), "atan": ("arctan",),
}
_module = sys.modules[__name__]
__all__ = ["round", "positive"]


def _define(name, code):
    def function(input):
        check_tensor(name, "input", 1, input)
        return wrap(_unary(code, input._h))

    def inplace(input):
        check_tensor(name + "_", "input", 1, input)
        _unary_(code, input._h)
        return input

    function.__name__, inplace.__name__ = name, name + "_"
    function, inplace = tensor_method(name)(function), tensor_method(name + "_")(inplace)
    for alias in (name,) + _ALIASES.get(name, ()):
        setattr(Tensor, alias, function)
        setattr(Tensor, alias + "_", inplace)
        setattr(_module, alias, function)
        __all__.append(alias)
        # torch has the in-place forms too, except absolute_ and sign_ (Tensor methods only).
        if alias + "_" in FUNCTIONS:
            setattr(_module, alias + "_", inplace)
            __all__.append(alias + "_")


for _name, _code in _CODES.items():
    _define(_name, _code)


@tensor_method()
def round(input, *, decimals=0):
    check_tensor("round", "input", 1, input)
    if decimals == 0:
        return wrap(_unary(_CODES["round"], input._h))
    return wrap(ops.round_decimals(input._h, int(decimals)))


@tensor_method()
def positive(input):
    if input.dtype.name == "bool":
        raise RuntimeError("The `+` operator, on a bool tensor is not supported.")
    return input


Tensor.__neg__ = lambda x: wrap(_unary(_CODES["neg"], x._h))
Tensor.__abs__ = lambda x: wrap(_unary(_CODES["abs"], x._h))
Tensor.__pos__ = positive
