"""+ - * / ** and friends, with tensors or Python numbers on either side, and in place."""
from .._engine import ops
from .._tensor import Tensor, returned_self, scalar_kind, tensor_method, wrap

# Hot paths call these directly: looking functions up on the JS module costs microseconds.
_add, _add_s = ops.add, ops.add_scalar
_sub, _sub_s, _rsub, _rsub_s = ops.sub, ops.sub_scalar, ops.rsub, ops.rsub_scalar
_mul, _mul_s = ops.mul, ops.mul_scalar
_div, _div_s = ops.div, ops.div_scalar
_iadd, _iadd_s, _isub, _isub_s = ops.iadd, ops.iadd_scalar, ops.isub, ops.isub_scalar
_imul, _imul_s, _idiv, _idiv_s = ops.imul, ops.imul_scalar, ops.idiv, ops.idiv_scalar


def _binary(a, b, tensor_op, scalar_op):
    if isinstance(b, Tensor):
        return wrap(tensor_op(a._h, b._h))
    kind = scalar_kind(b)
    if kind is None:
        return NotImplemented
    return wrap(scalar_op(a._h, float(b), kind))


def _inplace(a, b, tensor_op, scalar_op):
    if isinstance(b, Tensor):
        tensor_op(a._h, b._h)
    else:
        kind = scalar_kind(b)
        if kind is None:
            return NotImplemented
        scalar_op(a._h, float(b), kind)
    return returned_self(a)


@tensor_method("add", "__add__", "__radd__")
def add(input, other):
    return _binary(input, other, _add, _add_s)


@tensor_method("sub", "__sub__")
def sub(input, other):
    return _binary(input, other, _sub, _sub_s)


@tensor_method("__rsub__")
def rsub(input, other):
    return _binary(input, other, _rsub, _rsub_s)


@tensor_method("mul", "__mul__", "__rmul__")
def mul(input, other):
    return _binary(input, other, _mul, _mul_s)


@tensor_method("div", "__truediv__")
def div(input, other):
    return _binary(input, other, _div, _div_s)


@tensor_method("__rtruediv__")
def _rtruediv(input, other):
    # PyTorch computes number / x as x.reciprocal() * number.
    return input.reciprocal() * other


@tensor_method("neg", "__neg__")
def neg(input):
    return wrap(ops.neg(input._h))


@tensor_method()
def reciprocal(input):
    return wrap(ops.reciprocal(input._h))


@tensor_method("pow", "__pow__")
def pow(input, exponent):
    if scalar_kind(exponent) is None:
        return NotImplemented
    return wrap(ops.pow_scalar(input._h, float(exponent)))


@tensor_method("add_", "__iadd__")
def _add_(input, other):
    return _inplace(input, other, _iadd, _iadd_s)


@tensor_method("sub_", "__isub__")
def _sub_(input, other):
    return _inplace(input, other, _isub, _isub_s)


@tensor_method("mul_", "__imul__")
def _mul_(input, other):
    return _inplace(input, other, _imul, _imul_s)


@tensor_method("div_", "__itruediv__")
def _div_(input, other):
    return _inplace(input, other, _idiv, _idiv_s)


@tensor_method("fill_")
def _fill_(input, value):
    ops.fill_(input._h, float(value))
    return returned_self(input)


@tensor_method("zero_")
def _zero_(input):
    return input.fill_(0)
