"""torch.einsum: operands given one by one or as one list."""
from .._engine import ops
from .._tensor import Tensor, wrap


def einsum(equation, *operands):
    if len(operands) == 1 and isinstance(operands[0], (list, tuple)):
        operands = operands[0]
    for i, operand in enumerate(operands):
        if not isinstance(operand, Tensor):
            raise TypeError(f"einsum(): argument 'tensors' (position 2) must be tuple of Tensors, not "
                            f"{type(operand).__name__}")
    return wrap(ops.einsum(equation, [t._h for t in operands]))
