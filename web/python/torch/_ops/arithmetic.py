"""+ - * / // % ** and friends, with tensors or Python numbers on either side, and in place."""
import warnings

from .._engine import codes, ops
from .._tensor import Tensor, operand, returned_self, scalar_kind, tensor_method, wrap
from ._args import binary as _binary, binary_function as _function, check_tensor, result_type, type_error

# Hot paths call these directly: looking functions up on the JS module costs microseconds.
_add, _add_s = ops.add, ops.add_scalar
_sub, _sub_s, _rsub, _rsub_s = ops.sub, ops.sub_scalar, ops.rsub, ops.rsub_scalar
_mul, _mul_s = ops.mul, ops.mul_scalar
_div, _div_s = ops.div, ops.div_scalar
_pow, _pow_s = ops.pow, ops.pow_scalar
_iadd, _iadd_s, _isub, _isub_s = ops.iadd, ops.iadd_scalar, ops.isub, ops.isub_scalar
_imul, _imul_s, _idiv, _idiv_s = ops.imul, ops.imul_scalar, ops.idiv, ops.idiv_scalar

_ROUNDING_MODES = {None if mode == "none" else mode: code for code, mode in enumerate(codes["rounding_modes"])}
_UNSET = object()


def _inplace(name, a, b, tensor_op, scalar_op):
    if isinstance(b, Tensor):
        tensor_op(a._h, b._h)
    else:
        kind = scalar_kind(b)
        if kind is None:
            raise type_error(name, "other", 1, b)
        scalar_op(a._h, float(b), kind)
    return returned_self(a)


def _operator_inplace(tensor_op, scalar_op):
    def apply(a, b):
        if isinstance(b, Tensor) or scalar_kind(b) is not None:
            return _inplace("", a, b, tensor_op, scalar_op)
        return NotImplemented

    return apply


def _scaled(name, input, other, alpha, op):
    """add/sub/rsub with an alpha other than 1: input + alpha * other, input - alpha * other,
    other - alpha * input."""
    check_tensor(name, "input", 1, input)
    b = operand(other)
    if b is None:
        raise type_error(name, "other", 2, other)
    return op(input._h, b._h, float(alpha), type(alpha) is float)


def _unit(alpha):
    return alpha == 1 and type(alpha) is not float


@tensor_method()
def add(input, other, *, alpha=1):
    if _unit(alpha):
        return _function("add", input, other, _add, _add_s)
    return wrap(_scaled("add", input, other, alpha, ops.add_alpha))


@tensor_method("sub", "subtract")
def sub(input, other, *, alpha=1):
    if _unit(alpha):
        return _function("sub", input, other, _sub, _sub_s)
    return wrap(_scaled("sub", input, other, alpha, ops.sub_alpha))


def rsub(input, other, *, alpha=1):
    """other - alpha * input."""
    if _unit(alpha):
        return _function("rsub", input, other, _rsub, _rsub_s)
    return wrap(_scaled("rsub", input, other, alpha, ops.rsub_alpha))


@tensor_method("mul", "multiply")
def mul(input, other):
    return _function("mul", input, other, _mul, _mul_s)


@tensor_method("div", "divide")
def div(input, other, *, rounding_mode=_UNSET):
    if rounding_mode is _UNSET:
        return _function("div", input, other, _div, _div_s)
    if rounding_mode not in _ROUNDING_MODES:
        raise RuntimeError(
            f"div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '{rounding_mode}'"
        )
    check_tensor("div", "input", 1, input)
    b = operand(other)
    if b is None:
        raise type_error("div", "other", 2, other)
    return wrap(ops.div_mode(input._h, b._h, _ROUNDING_MODES[rounding_mode]))


@tensor_method()
def true_divide(input, other):
    return div(input, other)


@tensor_method()
def floor_divide(input, other):
    return _function("floor_divide", input, other, ops.floor_divide, ops.floor_divide_scalar)


@tensor_method()
def remainder(input, other):
    if not isinstance(input, Tensor) and isinstance(other, Tensor) and scalar_kind(input) is not None:
        # torch.remainder(2, x)
        number = operand(input)  # kept alive through the call
        return wrap(ops.remainder(number._h, other._h))
    return _function("remainder", input, other, ops.remainder, ops.remainder_scalar)


@tensor_method()
def fmod(input, other):
    return _function("fmod", input, other, ops.fmod, ops.fmod_scalar)


@tensor_method()
def pow(input, exponent):
    if not isinstance(input, Tensor) and scalar_kind(input) is not None:  # torch.pow(2, x): PowBackward2
        check_tensor("pow", "exponent", 2, exponent)
        base = operand(input)  # kept alive through the call
        return wrap(_pow(base._h, exponent._h))
    check_tensor("pow", "input", 1, input)
    result = _binary(input, exponent, _pow, _pow_s)
    if result is NotImplemented:
        raise type_error("pow", "exponent", 2, exponent)
    return result


@tensor_method()
def square(input):
    return pow(input, 2)


# ---- operators: a Python number on the left arrives reflected
Tensor.__add__ = Tensor.__radd__ = lambda a, b: _binary(a, b, _add, _add_s)
Tensor.__sub__ = lambda a, b: _binary(a, b, _sub, _sub_s)
Tensor.__rsub__ = lambda a, b: _binary(a, b, _rsub, _rsub_s)
Tensor.__mul__ = Tensor.__rmul__ = lambda a, b: _binary(a, b, _mul, _mul_s)
Tensor.__truediv__ = lambda a, b: _binary(a, b, _div, _div_s)
Tensor.__floordiv__ = lambda a, b: _binary(a, b, ops.floor_divide, ops.floor_divide_scalar)
Tensor.__mod__ = lambda a, b: _binary(a, b, ops.remainder, ops.remainder_scalar)
Tensor.__pow__ = lambda a, b: _binary(a, b, _pow, _pow_s)


def _reflected(op):
    def reflected(a, b):
        other = operand(b)
        return NotImplemented if other is None else wrap(op(other._h, a._h))

    return reflected


def _rpow(a, b):
    # As PyTorch: number ** x is a tensor power with the number as a tensor of the result dtype.
    if scalar_kind(b) is None:
        return NotImplemented
    from .._creation import tensor

    base = tensor(b, dtype=result_type(b, a))
    return wrap(_pow(base._h, a._h))


# PyTorch computes number / x as x.reciprocal() * number.
Tensor.__rtruediv__ = lambda a, b: NotImplemented if scalar_kind(b) is None else a.reciprocal() * b
Tensor.__rfloordiv__ = _reflected(ops.floor_divide)
Tensor.__rmod__ = _reflected(ops.remainder)
Tensor.__rpow__ = _rpow


# ---- in place
def _deprecated_alpha_first(name):
    """x.add_(alpha, other): PyTorch 1.13 still takes this old order, with a warning."""
    warnings.warn(
        f"This overload of {name} is deprecated:\n\t{name}(Number alpha, Tensor other)\nConsider using one of the "
        f"following signatures instead:\n\t{name}(Tensor other, *, Number alpha)",
        UserWarning,
        stacklevel=3,
    )


@tensor_method("add_")
def _add_(input, other, deprecated_other=None, *, alpha=1):
    if deprecated_other is not None:
        _deprecated_alpha_first("add_")
        other, alpha = deprecated_other, other
    if _unit(alpha):
        return _inplace("add_", input, other, _iadd, _iadd_s)
    _scaled("add_", input, other, alpha, ops.iadd_alpha)
    return returned_self(input)


@tensor_method("sub_", "subtract_")
def _sub_(input, other, deprecated_other=None, *, alpha=1):
    if deprecated_other is not None:
        _deprecated_alpha_first("sub_")
        other, alpha = deprecated_other, other
    if _unit(alpha):
        return _inplace("sub_", input, other, _isub, _isub_s)
    _scaled("sub_", input, other, alpha, ops.isub_alpha)
    return returned_self(input)


def _named_inplace(names, tensor_op, scalar_op):
    def method(input, other):
        return _inplace(names[0], input, other, tensor_op, scalar_op)

    for name in names:
        setattr(Tensor, name, method)


_named_inplace(("mul_", "multiply_"), _imul, _imul_s)
_named_inplace(("div_", "divide_", "true_divide_"), _idiv, _idiv_s)
_named_inplace(("floor_divide_",), ops.ifloor_divide, ops.ifloor_divide_scalar)
_named_inplace(("remainder_",), ops.iremainder, ops.iremainder_scalar)
Tensor.__iadd__ = _operator_inplace(_iadd, _iadd_s)
Tensor.__isub__ = _operator_inplace(_isub, _isub_s)
Tensor.__imul__ = _operator_inplace(_imul, _imul_s)
Tensor.__itruediv__ = _operator_inplace(_idiv, _idiv_s)
Tensor.__ifloordiv__ = _operator_inplace(ops.ifloor_divide, ops.ifloor_divide_scalar)
Tensor.__imod__ = _operator_inplace(ops.iremainder, ops.iremainder_scalar)


@tensor_method("fill_")
def _fill_(input, value):
    if isinstance(value, Tensor):
        value = value.item()
    ops.fill_(input._h, float(value))
    return returned_self(input)


@tensor_method("copy_")
def _copy_(input, src, non_blocking=False):
    check_tensor("copy_", "src", 1, src)
    ops.copy_(input._h, src._h)
    return returned_self(input)


@tensor_method("zero_")
def _zero_(input):
    return input.fill_(0)


subtract, multiply, divide = sub, mul, div
