"""torch.Size: a tuple that prints as ``torch.Size([2, 3])``; and the broadcasting rule."""
from ._engine import ops


class Size(tuple):
    def __repr__(self):
        return "torch.Size([" + ", ".join(str(d) for d in self) + "])"

    __str__ = __repr__

    def numel(self):
        n = 1
        for d in self:
            n *= d
        return n

    def __add__(self, other):
        if not isinstance(other, tuple):
            return NotImplemented
        return Size(tuple.__add__(self, other))

    def __getitem__(self, index):
        item = tuple.__getitem__(self, index)
        return Size(item) if isinstance(index, slice) else item


def check_int64_sizes(function, argument, sizes):
    """PyTorch's TypeError for a size that no 64-bit integer holds (its sizes are SymInts)."""
    for position, d in enumerate(sizes, 1):
        if not -(2**63) <= d < 2**63:
            raise TypeError(
                f"{function}(): argument '{argument}' must be tuple of SymInts, but found element of type int at "
                f"pos {position}"
            )
    return sizes


def broadcast_shapes(a, b):
    """The shape ``a`` and ``b`` broadcast to, with PyTorch's error if they do not. The engine's
    rule (engine/tensor/shape.cpp), which its ops apply themselves: Python asks for it only where
    it needs a shape before calling an op (torch.normal, losses that expand their operands)."""
    return [int(d) for d in ops.broadcast_shapes(list(a), list(b))]
