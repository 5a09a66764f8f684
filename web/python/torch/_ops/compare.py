"""Comparisons, logical and bitwise ops, where, maximum/minimum, clamp and closeness."""
from .._engine import ops
from .._numpy_names import numpy_names
from .._tensor import Tensor, operand, returned_self, tensor_method, wrap
from ._args import binary, binary_function, check_tensor, type_error


def _compare(name, tensor_op, scalar_op):
    def compare(input, other):
        return binary_function(name, input, other, tensor_op, scalar_op)

    def operator(a, b):
        return binary(a, b, tensor_op, scalar_op)

    return compare, operator


eq, _eq = _compare("eq", ops.eq, ops.eq_scalar)
ne, _ne = _compare("ne", ops.ne, ops.ne_scalar)
lt, _lt = _compare("lt", ops.lt, ops.lt_scalar)
le, _le = _compare("le", ops.le, ops.le_scalar)
gt, _gt = _compare("gt", ops.gt, ops.gt_scalar)
ge, _ge = _compare("ge", ops.ge, ops.ge_scalar)
for _names, _f in (
    (("eq",), eq), (("ne", "not_equal"), ne), (("lt", "less"), lt), (("le", "less_equal"), le),
    (("gt", "greater"), gt), (("ge", "greater_equal"), ge),
):
    tensor_method(*_names)(_f)
not_equal, less, less_equal, greater, greater_equal = ne, lt, le, gt, ge
Tensor.__eq__, Tensor.__ne__, Tensor.__lt__, Tensor.__le__, Tensor.__gt__, Tensor.__ge__ = _eq, _ne, _lt, _le, _gt, _ge
Tensor.__hash__ = object.__hash__


def _tensors_only(name, op):
    """Logical ops take tensors only (PyTorch refuses numbers there)."""

    def function(input, other):
        check_tensor(name, "input", 1, input)
        check_tensor(name, "other", 2, other)
        return wrap(op(input._h, other._h))

    function.__name__ = name
    return tensor_method()(function)


logical_and = _tensors_only("logical_and", ops.logical_and)
logical_or = _tensors_only("logical_or", ops.logical_or)
logical_xor = _tensors_only("logical_xor", ops.logical_xor)


def _bitwise(name, op):
    def function(input, other):
        check_tensor(name, "input", 1, input)
        b = operand(other)
        if b is None:
            raise type_error(name, "other", 2, other)
        return wrap(op(input._h, b._h))

    function.__name__ = name

    def operator(a, b):
        other = operand(b)
        return NotImplemented if other is None else wrap(op(a._h, other._h))

    return tensor_method()(function), operator


bitwise_and, Tensor.__and__ = _bitwise("bitwise_and", ops.bitwise_and)
bitwise_or, Tensor.__or__ = _bitwise("bitwise_or", ops.bitwise_or)
bitwise_xor, Tensor.__xor__ = _bitwise("bitwise_xor", ops.bitwise_xor)
Tensor.__rand__, Tensor.__ror__, Tensor.__rxor__ = Tensor.__and__, Tensor.__or__, Tensor.__xor__


def _one_tensor(name, op):
    def function(input):
        check_tensor(name, "input", 1, input)
        return wrap(op(input._h))

    function.__name__ = name
    return tensor_method()(function)


logical_not = _one_tensor("logical_not", ops.logical_not)
bitwise_not = _one_tensor("bitwise_not", ops.bitwise_not)
isnan = _one_tensor("isnan", ops.isnan)
isinf = _one_tensor("isinf", ops.isinf)
isfinite = _one_tensor("isfinite", ops.isfinite)


def _invert(x):
    if x.dtype.is_floating_point:
        raise TypeError("~ (operator.invert) is only implemented on integer and Boolean-type tensors")
    return bitwise_not(x)


Tensor.__invert__ = _invert


@tensor_method()
def nonzero(input, *, as_tuple=False):
    check_tensor("nonzero", "input", 1, input)
    if as_tuple:
        return tuple(wrap(h) for h in ops.nonzero_columns(input._h))
    return wrap(ops.nonzero(input._h))


@numpy_names
def where(condition, input=None, other=None):
    check_tensor("where", "condition", 1, condition)
    if input is None and other is None:  # where(condition): the coordinates where it holds
        return nonzero(condition, as_tuple=True)
    a, b = operand(input), operand(other)
    if a is None:
        raise type_error("where", "input", 2, input)
    if b is None:
        raise type_error("where", "other", 3, other)
    return wrap(ops.where(condition._h, a._h, b._h))


Tensor.where = lambda self, condition, other: where(condition, self, other)


maximum = _tensors_only("maximum", ops.maximum)
minimum = _tensors_only("minimum", ops.minimum)


def _bound(value):
    if value is None:
        return None, 0
    bound = operand(value)
    if bound is None:
        raise TypeError(f"clamp(): argument 'min' must be Number, not {type(value).__name__}")
    return bound, bound._h


def _clamp_handles(min, max):
    lo, lo_h = _bound(min)
    hi, hi_h = _bound(max)
    return (lo, hi), lo_h, hi_h  # the bounds stay alive through the call


@tensor_method("clamp", "clip")
def clamp(input, min=None, max=None):
    check_tensor("clamp", "input", 1, input)
    _keep, lo, hi = _clamp_handles(min, max)
    return wrap(ops.clamp(input._h, lo, hi))


@tensor_method("clamp_", "clip_")
def clamp_(input, min=None, max=None):
    _keep, lo, hi = _clamp_handles(min, max)
    ops.clamp_(input._h, lo, hi)
    return returned_self(input)


clip, clip_ = clamp, clamp_


@tensor_method()
def isclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    check_tensor("isclose", "input", 1, input)
    check_tensor("isclose", "other", 2, other)
    return wrap(ops.isclose(input._h, other._h, float(rtol), float(atol), bool(equal_nan)))


@tensor_method()
def allclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    return bool(isclose(input, other, rtol, atol, equal_nan).all())


@tensor_method()
def equal(input, other):
    check_tensor("equal", "input", 1, input)
    check_tensor("equal", "other", 2, other)
    return bool(ops.equal(input._h, other._h))
