"""Pointwise functions of three tensors, generated from the engine's table (addcmul, addcdiv,
lerp): torch.<name>, Tensor.<name> and, in place, Tensor.<name>_."""
import sys

from .._engine import ops
from .._tensor import Tensor, operand, tensor_method, wrap
from ._args import check_tensor

_CODES = {name: code for code, name in enumerate(ops.ternary_ops())}
_module = sys.modules[__name__]
__all__ = []


def _products(name, code):
    """addcmul and addcdiv: input + value * (tensor1 op tensor2)."""

    def operands(function_name, input, tensor1, tensor2):
        for position, (arg, value) in enumerate((("input", input), ("tensor1", tensor1), ("tensor2", tensor2)), 1):
            check_tensor(function_name, arg, position, value)
        return input._h, tensor1._h, tensor2._h

    def function(input, tensor1, tensor2, *, value=1):
        return wrap(ops.ternary(code, *operands(name, input, tensor1, tensor2), float(value)))

    def inplace(input, tensor1, tensor2, *, value=1):
        ops.ternary_(code, *operands(name + "_", input, tensor1, tensor2), float(value))
        return input

    return function, inplace


def _weight(end, weight):
    """lerp's weight: a tensor, or a Python number as a wrapped 0-dim tensor."""
    w = operand(weight)
    if w is None or not isinstance(end, Tensor):
        raise TypeError(
            f"lerp() received an invalid combination of arguments - got (Tensor, {type(end).__name__}, "
            f"{type(weight).__name__}), but expected one of:\n"
            " * (Tensor input, Tensor end, Tensor weight, *, Tensor out)\n"
            " * (Tensor input, Tensor end, Number weight, *, Tensor out)\n"
        )
    return w


def _interpolation(name, code):
    def function(input, end, weight):
        check_tensor(name, "input", 1, input)
        w = _weight(end, weight)
        return wrap(ops.ternary(code, input._h, end._h, w._h, 0.0))

    def inplace(input, end, weight):
        w = _weight(end, weight)
        ops.ternary_(code, input._h, end._h, w._h, 0.0)
        return input

    return function, inplace


for _name, _code in _CODES.items():
    _function, _inplace = (_interpolation if _name == "lerp" else _products)(_name, _code)
    _function.__name__, _inplace.__name__ = _name, _name + "_"
    setattr(_module, _name, tensor_method()(_function))
    tensor_method()(_inplace)
    __all__.append(_name)
