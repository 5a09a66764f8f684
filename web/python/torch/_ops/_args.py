"""Argument checks shared by the op families, with PyTorch's messages."""
from .. import _dtype
from .._engine import ops
from .._tensor import Tensor, operand


def type_error(function, name, position, value):
    return TypeError(
        f"{function}(): argument '{name}' (position {position}) must be Tensor, not {type(value).__name__}"
    )


def check_tensor(function, name, position, value):
    if not isinstance(value, Tensor):
        raise type_error(function, name, position, value)


def result_type(a, b):
    """torch.result_type: the dtype an op on a and b (tensors or numbers) computes in."""
    x, y = operand(a), operand(b)
    if x is None or y is None:
        raise TypeError("result_type() received an invalid combination of arguments")
    return _dtype.BY_CODE[ops.result_type(x._h, y._h)]


def promote_types(type1, type2):
    """torch.promote_types: the dtype two tensors of these dtypes compute in."""
    for position, (name, d) in enumerate((("type1", type1), ("type2", type2)), 1):
        if not isinstance(d, _dtype.dtype):
            raise TypeError(f"promote_types(): argument '{name}' (position {position}) must be torch.dtype, "
                            f"not {type(d).__name__}")
    return _dtype.BY_CODE[ops.promote_types(type1.code, type2.code)]


def dims_list(dim):
    """A reduction's dim argument (an int or a sequence of ints) as a list, None staying None."""
    if dim is None:
        return None
    return [int(d) for d in dim] if isinstance(dim, (tuple, list)) else [int(dim)]
