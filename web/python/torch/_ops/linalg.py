"""Matrix products: matmul (the @ operator), mm, bmm, mv, dot, outer."""
from .._engine import ops
from .._numpy_bridge import with_array
from .._numpy_values import array_tensor
from .._tensor import Tensor, tensor_method, wrap
from ._args import check_tensor


def _product(name, op):
    def function(input, other):
        check_tensor(name, "other", 2, other)
        return wrap(op(input._h, other._h))

    function.__name__ = name
    return function


matmul = tensor_method()(_product("matmul", ops.matmul))
mm = tensor_method()(_product("mm", ops.mm))
bmm = tensor_method()(_product("bmm", ops.bmm))
mv = tensor_method()(_product("mv", ops.mv))
dot = tensor_method()(_product("dot", ops.dot))
outer = tensor_method("outer", "ger")(_product("outer", ops.outer))
ger = outer


@tensor_method()
def __matmul__(input, other):
    if not isinstance(other, Tensor):
        return NotImplemented if array_tensor(other) is None else with_array("matmul", input, other)
    return wrap(ops.matmul(input._h, other._h))


@tensor_method()
def __rmatmul__(input, other):
    if not isinstance(other, Tensor):
        return NotImplemented
    return wrap(ops.matmul(other._h, input._h))
