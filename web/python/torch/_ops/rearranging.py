"""Composite ops that rearrange elements, made of other ops exactly as PyTorch composes them
(so their results carry the same grad_fn): tile (repeat), repeat_interleave (index_select),
take_along_dim (gather), tensordot (permute, reshape, mm)."""
from .. import _dtype
from .._creation import tensor
from .._tensor import Tensor, tensor_method
from ._args import check_tensor


@tensor_method()
def tile(input, *dims):
    if len(dims) == 1 and isinstance(dims[0], (list, tuple)):
        dims = tuple(dims[0])
    dims = [int(d) for d in dims]
    if len(dims) < input.dim():  # missing leading dims repeat once
        dims = [1] * (input.dim() - len(dims)) + dims
    return input.repeat(dims)


def _counts_to_indices(repeats):
    return tensor([i for i, n in enumerate(repeats.tolist()) for _ in range(n)], dtype=_dtype.int64)


@tensor_method()
def repeat_interleave(input, repeats=None, dim=None, *, output_size=None):
    if repeats is None:  # torch.repeat_interleave(counts): each index repeated counts[i] times
        return _counts_to_indices(input)
    if dim is None:
        input, dim = input.flatten(), 0
    size = input.shape[int(dim)]
    if not isinstance(repeats, Tensor):
        repeats = tensor([int(repeats)] * size)
    elif repeats.dim() == 0 or repeats.numel() == 1:
        repeats = repeats.reshape(1).expand(size)
    elif repeats.numel() != size:
        raise RuntimeError("repeats must have the same size as input along dim")
    return input.index_select(int(dim), _counts_to_indices(repeats))


@tensor_method()
def take_along_dim(input, indices, dim=None):
    check_tensor("take_along_dim", "input", 1, input)
    if dim is None:
        return input.view(-1).gather(0, indices.view(-1))
    dim = int(dim) % max(input.dim(), 1)
    # Every dim but `dim` broadcasts between input and indices.
    in_shape, index_shape = list(input.shape), list(indices.shape)
    in_shape[dim] = index_shape[dim] = 1
    broadcast = _broadcast_shapes(in_shape, index_shape)
    in_target, index_target = list(broadcast), list(broadcast)
    in_target[dim], index_target[dim] = input.shape[dim], indices.shape[dim]
    return input.expand(in_target).gather(dim, indices.expand(index_target))


def _broadcast_shapes(a, b):
    n = max(len(a), len(b))
    a, b = [1] * (n - len(a)) + a, [1] * (n - len(b)) + b
    out = []
    for x, y in zip(a, b):
        if x != y and x != 1 and y != 1:
            raise RuntimeError("shape mismatch: objects cannot be broadcast to a single shape.")
        out.append(max(x, y))
    return out


def tensordot(a, b, dims=2):
    check_tensor("tensordot", "a", 1, a)
    check_tensor("tensordot", "b", 2, b)
    if isinstance(dims, Tensor):
        dims = dims.tolist()
    if isinstance(dims, int):
        if dims < 0:
            raise RuntimeError(f"tensordot expects dims >= 0, but got dims={dims}")
        dims_a, dims_b = list(range(-dims, 0)), list(range(dims))
    else:
        dims_a, dims_b = ([d] if isinstance(d, int) else list(d) for d in dims)
    if len(dims_a) != len(dims_b):
        raise RuntimeError("both dimension lists should have same length")
    t1, t2, contracted = a, b, 1
    for d1, d2 in zip(dims_a, dims_b):
        s1, s2 = a.shape[d1], b.shape[d2]
        if s2 == 1:  # a broadcast dim sums right away
            t1 = t1.sum(d1, keepdim=True)
        elif s1 == 1:
            t2 = t2.sum(d2, keepdim=True)
        elif s1 != s2:
            raise RuntimeError(
                f"contracted dimensions need to match, but first has size {s1} in dim {d1} and second has size "
                f"{s2} in dim {d2}"
            )
        else:
            contracted *= s1
    c1 = {d % a.dim() for d in dims_a}
    c2 = {d % b.dim() for d in dims_b}
    kept1 = [i for i in range(a.dim()) if i not in c1]
    kept2 = [i for i in range(b.dim()) if i not in c2]
    size1 = size2 = 1
    for i in kept1:
        size1 *= t1.shape[i]
    for i in kept2:
        size2 *= t2.shape[i]
    result_shape = [t1.shape[i] for i in kept1] + [t2.shape[i] for i in kept2]
    m1 = t1.permute(kept1 + dims_a).reshape(size1, contracted)
    m2 = t2.permute(dims_b + kept2).reshape(contracted, size2)
    return m1.mm(m2).reshape(result_shape)
