"""Elementwise functions of two operands (+ - * / // % **, comparisons, logic, bits, maximum,
minimum, ...), generated from the engine's table: torch.<name>(input, other), Tensor.<name>(other)
and, where the engine has the in-place form, Tensor.<name>_(other); their aliases and Python
operators. add/sub take alpha and div rounding_mode on top; number / x and number ** x are
written here as PyTorch writes them in Python."""
import sys
import warnings

from .._engine import codes, ops
from .._numpy_bridge import with_array
from .._numpy_values import array_tensor
from .._tensor import Tensor, operand, scalar_kind, tensor_method, wrap
from ._args import check_tensor, result_type, type_error

# Hot paths call these directly: looking functions up on the JS module costs microseconds.
_binary, _binary_number, _binary_, _binary_number_ = ops.binary, ops.binary_number, ops.binary_, ops.binary_number_
# name → (code, has an in-place form, takes a number as other, takes a number as input).
TABLE = {
    str(op.name): (code, bool(op.inplace), bool(op.number), bool(op.number_first))
    for code, op in enumerate(ops.binary_ops())
}
CODES = {name: row[0] for name, row in TABLE.items()}

# PyTorch's other names for the same functions (in place too).
_ALIASES = {
    "sub": ("subtract",), "mul": ("multiply",), "div": ("divide", "true_divide"), "ne": ("not_equal",),
    "lt": ("less",), "le": ("less_equal",), "gt": ("greater",), "ge": ("greater_equal",),
}
_FUNCTION_ONLY = {"rsub"}  # torch.rsub has no Tensor method
# Python operators: a Python number on the left of + * & | ^ arrives reflected, with the
# same meaning; a - b with a number a is rsub.
_OPERATORS = {
    "add": ("__add__", "__radd__"), "sub": ("__sub__",), "rsub": ("__rsub__",), "mul": ("__mul__", "__rmul__"),
    "div": ("__truediv__",), "floor_divide": ("__floordiv__",), "remainder": ("__mod__",), "pow": ("__pow__",),
    "eq": ("__eq__",), "ne": ("__ne__",), "lt": ("__lt__",), "le": ("__le__",), "gt": ("__gt__",), "ge": ("__ge__",),
    "bitwise_and": ("__and__", "__rand__"), "bitwise_or": ("__or__", "__ror__"), "bitwise_xor": ("__xor__", "__rxor__"),
}
_REFUSE_ARRAYS = {"eq", "ne", "lt", "le", "gt", "ge", "rsub"}
_SWAPPED_OPERATORS = {"floor_divide": "__rfloordiv__", "remainder": "__rmod__"}  # number // x, number % x
_INPLACE_OPERATORS = {
    "add": "__iadd__", "sub": "__isub__", "mul": "__imul__", "div": "__itruediv__",
    "floor_divide": "__ifloordiv__", "remainder": "__imod__",
}
_module = sys.modules[__name__]
__all__ = ["square"]


def _define(name, code, inplace, takes_number, number_first):
    other_name = "exponent" if name == "pow" else "other"

    def apply(input, other):
        if number_first and isinstance(other, Tensor) and scalar_kind(input) is not None:  # torch.pow(2, x)
            first = operand(input)  # kept alive through the call
            return wrap(_binary(code, first._h, other._h))
        check_tensor(name, "input", 1, input)
        if isinstance(other, Tensor):
            return wrap(_binary(code, input._h, other._h))
        kind = scalar_kind(other) if takes_number else None
        if kind is None:
            raise type_error(name, other_name, 2, other)
        return wrap(_binary_number(code, input._h, float(other), kind))

    def apply_(input, other):
        if isinstance(other, Tensor):
            _binary_(code, input._h, other._h)
            return input
        kind = scalar_kind(other) if takes_number else None
        if kind is None:
            raise type_error(name + "_", other_name, 1, other)
        _binary_number_(code, input._h, float(other), kind)
        return input

    def operator(a, b):
        if isinstance(b, Tensor):
            return wrap(_binary(code, a._h, b._h))
        kind = scalar_kind(b)
        if kind is None:
            return NotImplemented
        return wrap(_binary_number(code, a._h, float(b), kind))

    def array_operator(a, b):  # with an ndarray NumPy computes (see torch._numpy_bridge)
        if isinstance(b, Tensor):
            return wrap(_binary(code, a._h, b._h))
        kind = scalar_kind(b)
        if kind is None:
            return NotImplemented if array_tensor(b) is None else with_array(name, a, b)
        return wrap(_binary_number(code, a._h, float(b), kind))

    def swapped_operator(a, b):
        other = operand(b)
        return NotImplemented if other is None else wrap(_binary(code, other._h, a._h))

    def inplace_operator(a, b):
        if isinstance(b, Tensor) or scalar_kind(b) is not None:
            return apply_(a, b)
        return NotImplemented

    function = apply
    if other_name == "exponent":  # torch.pow(x, exponent=2)

        def function(input, exponent):
            return apply(input, exponent)

    function.__name__, apply_.__name__ = name, name + "_"
    names = (name,) + _ALIASES.get(name, ())
    if name not in _FUNCTION_ONLY:
        function = tensor_method(*names)(function)
    for alias in names:
        setattr(_module, alias, function)
        __all__.append(alias)
        if inplace:
            setattr(Tensor, alias + "_", apply_)
    for position, dunder in enumerate(_OPERATORS.get(name, ())):
        forward = position == 0 and name not in _REFUSE_ARRAYS  # reflected ones and comparisons refuse ndarrays
        setattr(Tensor, dunder, array_operator if forward else operator)
    if name in _SWAPPED_OPERATORS:
        setattr(Tensor, _SWAPPED_OPERATORS[name], swapped_operator)
    if name in _INPLACE_OPERATORS:
        setattr(Tensor, _INPLACE_OPERATORS[name], inplace_operator)


for _name, (_code, _inplace, _number, _number_first) in TABLE.items():
    _define(_name, _code, _inplace, _number, _number_first)


# ---- add/sub with alpha, div with rounding_mode: the table's functions underneath
def _unit(alpha):
    return alpha == 1 and type(alpha) is not float


def _scaled(name, input, other, alpha, op):
    """input + alpha * other (add), input - alpha * other (sub), other - alpha * input (rsub)."""
    check_tensor(name, "input", 1, input)
    b = operand(other)
    if b is None:
        raise type_error(name, "other", 2, other)
    return op(CODES[name.rstrip("_")], input._h, b._h, float(alpha), type(alpha) is float)


def _with_alpha(name, *aliases, method=True):
    plain = getattr(_module, name)

    def function(input, other, *, alpha=1):
        if _unit(alpha):
            return plain(input, other)
        return wrap(_scaled(name, input, other, alpha, ops.binary_alpha))

    function.__name__ = name
    if method:
        function = tensor_method(name, *aliases)(function)
    for alias in (name,) + aliases:
        setattr(_module, alias, function)
    if not method:
        return
    plain_ = getattr(Tensor, name + "_")

    def method_(input, other, deprecated_other=None, *, alpha=1):
        if deprecated_other is not None:  # x.add_(alpha, other): 1.13 still takes it, with a warning
            warnings.warn(
                f"This overload of {name}_ is deprecated:\n\t{name}_(Number alpha, Tensor other)\nConsider using one "
                f"of the following signatures instead:\n\t{name}_(Tensor other, *, Number alpha)",
                UserWarning, stacklevel=2)
            other, alpha = deprecated_other, other
        if _unit(alpha):
            return plain_(input, other)
        _scaled(name + "_", input, other, alpha, ops.binary_alpha_)
        return input

    method_.__name__ = name + "_"
    tensor_method(*(n + "_" for n in (name,) + aliases))(method_)


_with_alpha("add")
_with_alpha("sub", "subtract")
_with_alpha("rsub", method=False)

_ROUNDING_MODES = {None if mode == "none" else mode: code for code, mode in enumerate(codes["rounding_modes"])}
_UNSET = object()
_true_divide = getattr(_module, "div")


@tensor_method("div", "divide")
def div(input, other, *, rounding_mode=_UNSET):
    if rounding_mode is _UNSET:
        return _true_divide(input, other)
    if rounding_mode not in _ROUNDING_MODES:
        raise RuntimeError(
            f"div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '{rounding_mode}'"
        )
    check_tensor("div", "input", 1, input)
    b = operand(other)
    if b is None:
        raise type_error("div", "other", 2, other)
    return wrap(ops.div_mode(input._h, b._h, _ROUNDING_MODES[rounding_mode]))


divide = div
_pow = getattr(_module, "pow")


@tensor_method()
def square(input):
    return _pow(input, 2)


# ---- what PyTorch writes in Python: number / x is x.reciprocal() * number; number ** x is a
# tensor power with the number as a tensor of the result dtype
def _rpow(a, b):
    if scalar_kind(b) is None:
        return NotImplemented
    from .._creation import tensor

    base = tensor(b, dtype=result_type(b, a))
    return wrap(_binary(CODES["pow"], base._h, a._h))


Tensor.__rtruediv__ = lambda a, b: (NotImplemented if scalar_kind(b) is None and array_tensor(b) is None
                                   else a.reciprocal() * b)
Tensor.__rpow__ = _rpow
Tensor.__hash__ = object.__hash__  # tensors compare elementwise, and hash by identity
