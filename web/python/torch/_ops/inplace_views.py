"""In-place view ops: self takes the new shape and strides and is returned."""
from .._engine import ops
from .._tensor import tensor_method


@tensor_method()
def unsqueeze_(input, dim):
    ops.unsqueeze_(input._h, int(dim))
    return input


@tensor_method()
def squeeze_(input, dim=None):
    if dim is None:
        ops.squeeze_(input._h)
    else:
        ops.squeeze_dim_(input._h, int(dim))
    return input


@tensor_method()
def t_(input):
    ops.t_(input._h)
    return input


@tensor_method("transpose_", "swapdims_", "swapaxes_")
def transpose_(input, dim0, dim1):
    ops.transpose_(input._h, int(dim0), int(dim1))
    return input
