"""Tests of one tensor (isnan, logical_not, ...), ~, nonzero, where, clamp and closeness. (The
comparisons, logical and bitwise ops of two tensors are generated in binary.py.)"""
from .._engine import ops
from .._numpy_names import numpy_names
from .._tensor import Tensor, operand, tensor_method, wrap
from ._args import check_tensor, type_error


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
    return input


clip, clip_ = clamp, clamp_


def _one_bound(name, op):
    """clamp_min(input, min) and clamp_max(input, max): one bound, a tensor or a number."""
    bound_name = "min" if "min" in name else "max"

    def function(input, bound):
        check_tensor(name, "input", 1, input)
        b = operand(bound)
        if b is None:
            raise TypeError(
                f"{name}() received an invalid combination of arguments - got (Tensor, {type(bound).__name__}), "
                f"but expected one of:\n * (Tensor input, Tensor {bound_name}, *, Tensor out)\n"
                f" * (Tensor input, Number {bound_name}, *, Tensor out)\n"
            )
        return op(input, b)

    function.__name__ = name
    return tensor_method()(function)


clamp_min = _one_bound("clamp_min", lambda x, b: wrap(ops.clamp_min(x._h, b._h)))
clamp_max = _one_bound("clamp_max", lambda x, b: wrap(ops.clamp_max(x._h, b._h)))
clamp_min_ = _one_bound("clamp_min_", lambda x, b: (ops.clamp_min_(x._h, b._h), x)[1])
clamp_max_ = _one_bound("clamp_max_", lambda x, b: (ops.clamp_max_(x._h, b._h), x)[1])


def _replacement(value):
    return None if value is None else float(value)


@tensor_method()
def nan_to_num(input, nan=0.0, posinf=None, neginf=None):
    check_tensor("nan_to_num", "input", 1, input)
    return wrap(ops.nan_to_num(input._h, _replacement(nan), _replacement(posinf), _replacement(neginf)))


@tensor_method()
def nan_to_num_(input, nan=0.0, posinf=None, neginf=None):
    ops.nan_to_num_(input._h, _replacement(nan), _replacement(posinf), _replacement(neginf))
    return input


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
