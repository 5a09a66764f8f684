"""Views and copies: view, reshape, expand, transpose, permute, squeeze, flatten, ... and clone,
detach. A view shares its input's storage; writing into one changes the other."""
import warnings

from .. import _dtype
from .._engine import ops
from .._size import check_int64_sizes
from .._tensor import Tensor, tensor_method, wrap, wrap_dim

_T_WARNING = (
    "The use of `x.T` on tensors of dimension other than 2 to reverse their shape is deprecated and it will throw "
    "an error in a future release. Consider `x.mT` to transpose batches of matrices or "
    "`x.permute(*torch.arange(x.ndim - 1, -1, -1))` to reverse the dimensions of a tensor. (Triggered internally "
    "at  ./aten/src/ATen/native/TensorShape.cpp:3277.)"
)


def shape_args(args, function=None, argument="size"):
    """Shape arguments given as ``f(2, 3)`` or ``f((2, 3))``; sizes of ``function`` (named in
    PyTorch's error) must fit 64 bits."""
    if len(args) == 1 and isinstance(args[0], (tuple, list)):
        args = args[0]
    sizes = [int(d) for d in args]
    return check_int64_sizes(function, argument, sizes) if function else sizes


@tensor_method()
def view(input, *shape, dtype=None):
    # view(dtype) reads the same bytes as another dtype.
    if dtype is None and len(shape) == 1 and isinstance(shape[0], _dtype.dtype):
        dtype = shape[0]
    if dtype is not None:
        return wrap(ops.view_dtype(input._h, dtype.code))
    return wrap(ops.view(input._h, shape_args(shape, "view")))


@tensor_method()
def reshape(input, *shape):
    return wrap(ops.reshape(input._h, shape_args(shape, "reshape", "shape")))


@tensor_method()
def expand(input, *shape):
    return wrap(ops.expand(input._h, shape_args(shape, "expand")))


@tensor_method()
def view_as(input, other):
    return input.view(other.shape)


@tensor_method()
def reshape_as(input, other):
    return input.reshape(other.shape)


@tensor_method()
def expand_as(input, other):
    return input.expand(other.shape)


@tensor_method()
def clone(input):
    return wrap(ops.clone(input._h))


@tensor_method()
def contiguous(input):
    return wrap(ops.contiguous(input._h))


@tensor_method()
def is_contiguous(input):
    return ops.is_contiguous(input._h)


@tensor_method()
def stride(input, dim=None):
    strides = tuple(int(s) for s in ops.strides(input._h))
    if dim is None:
        return strides

    return strides[wrap_dim(dim, len(strides))]


@tensor_method()
def storage_offset(input):
    return int(ops.storage_offset(input._h))


@tensor_method()
def detach(input):
    return wrap(ops.detach(input._h))


@tensor_method()
def t(input):
    return wrap(ops.t(input._h))


def _reversed_dims(self):
    if self.dim() != 2:
        warnings.warn(_T_WARNING, UserWarning, stacklevel=2)
    return wrap(ops.permute(self._h, list(range(self.dim() - 1, -1, -1))))


def _matrix_transpose(self):
    if self.dim() < 2:
        raise RuntimeError(f"tensor.mT is only supported on matrices or batches of matrices. Got {self.dim()}-D tensor.")
    return self.transpose(-2, -1)


Tensor.T = property(_reversed_dims)
Tensor.mT = property(_matrix_transpose)


@tensor_method("transpose", "swapaxes", "swapdims")
def transpose(input, dim0, dim1):
    return wrap(ops.transpose(input._h, int(dim0), int(dim1)))


@tensor_method()
def permute(input, *dims):
    return wrap(ops.permute(input._h, shape_args(dims)))


@tensor_method("movedim", "moveaxis")
def movedim(input, source, destination):
    """Moves dims to new positions; the others keep their order."""
    rank = input.dim()
    src = [int(d) for d in (source if isinstance(source, (tuple, list)) else [source])]
    dst = [int(d) for d in (destination if isinstance(destination, (tuple, list)) else [destination])]
    if len(src) != len(dst):
        raise RuntimeError(
            f"movedim: Invalid source or destination dims: source ({src} dims) should contain the same number of "
            f"dims as destination ({dst} dims)"
        )

    src = [wrap_dim(d, rank) for d in src]
    dst = [wrap_dim(d, rank) for d in dst]
    order = [None] * rank
    for s, d in zip(src, dst):
        order[d] = s
    rest = iter(d for d in range(rank) if d not in src)
    order = [next(rest) if o is None else o for o in order]
    return input.permute(order)


@tensor_method()
def unsqueeze(input, dim):
    return wrap(ops.unsqueeze(input._h, int(dim)))


@tensor_method()
def squeeze(input, dim=None):
    if dim is None:
        return wrap(ops.squeeze(input._h))
    return wrap(ops.squeeze_dim(input._h, int(dim)))


@tensor_method()
def flatten(input, start_dim=0, end_dim=-1):
    return wrap(ops.flatten(input._h, int(start_dim), int(end_dim)))


@tensor_method()
def unflatten(input, dim, sizes):
    return wrap(ops.unflatten(input._h, int(dim), [int(s) for s in sizes]))


@tensor_method()
def narrow(input, dim, start, length):
    return wrap(ops.narrow(input._h, int(dim), int(start), int(length)))


@tensor_method()
def select(input, dim, index):
    return wrap(ops.select(input._h, int(dim), int(index)))
