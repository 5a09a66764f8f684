"""out=: a torch function's result written into a tensor the caller gives, as PyTorch does.

The result is computed as usual and then copied into ``out`` (converted to out's dtype, which
must be able to hold it). An ``out`` of another shape is resized, with PyTorch's deprecation
warning unless it was empty; an op with several results takes a tuple of outs."""
import warnings

from . import _dtype
from ._engine import ops

# The functions of ours that PyTorch 1.13 gives an out= parameter.
TAKES_OUT = frozenset("""
add sub subtract mul multiply div divide true_divide floor_divide remainder fmod pow matmul mm bmm mv dot outer ger
addmm cat concat stack sum mean prod cumsum cumprod logcumsumexp cummax cummin max min amax amin argmax argmin std var
norm exp exp2 expm1 log log2 log10 log1p sqrt rsqrt reciprocal sin cos tan asin acos atan sinh cosh tanh sigmoid erf
abs neg negative sign floor ceil round trunc frac clamp clip eq ne lt le gt ge logical_and logical_or logical_xor
logical_not bitwise_and bitwise_or bitwise_xor bitwise_not maximum minimum where any all sort topk kthvalue logsumexp
tril triu diag index_select gather masked_select nonzero square msort take_along_dim softmax scatter scatter_add
multinomial
addcmul addcdiv lerp clamp_min clamp_max nan_to_num index_add index_copy histc cross kron
""".split())

_SCALAR_TYPE = {
    _dtype.bool: "Bool", _dtype.uint8: "Byte", _dtype.int32: "Int", _dtype.int64: "Long", _dtype.float32: "Float",
    _dtype.float64: "Double", _dtype.int8: "Char", _dtype.int16: "Short", _dtype.float16: "Half",
    _dtype.bfloat16: "BFloat16",
}


def _kind(d):
    return 2 if d.is_floating_point else 0 if d is _dtype.bool else 1


def write_out(name, result, out):
    """Copies ``result`` (a tensor or a tuple of them) into ``out`` and returns out."""
    if isinstance(result, tuple):
        if not isinstance(out, (tuple, list)) or len(out) != len(result):
            raise TypeError(f"{name}(): argument 'out' must be tuple of Tensors, not {type(out).__name__}")
        for r, o in zip(result, out):
            write_out(name, r, o)
        if hasattr(result, "values"):  # torch.return_types.sort -> sort_out
            from . import return_types

            return getattr(return_types, type(result).__name__ + "_out")(*out)
        return tuple(out)
    if not isinstance(out, type(result)):  # torch.Tensor: this module sits below torch._tensor
        raise TypeError(f"{name}(): argument 'out' must be Tensor, not {type(out).__name__}")
    if result.requires_grad:
        raise RuntimeError(
            f"{name}(): functions with out=... arguments don't support automatic differentiation, but one of the "
            "arguments requires grad."
        )
    if _kind(result.dtype) > _kind(out.dtype):
        raise RuntimeError(
            f"result type {_SCALAR_TYPE[result.dtype]} can't be cast to the desired output type "
            f"{_SCALAR_TYPE[out.dtype]}"
        )
    if out.shape == result.shape:
        ops.copy_(out._h, result._h)
        return out
    if out.numel() != 0:
        warnings.warn(
            f"An output with one or more elements was resized since it had shape {list(out.shape)}, which does not "
            f"match the required output shape {list(result.shape)}. This behavior is deprecated, and in a future "
            "PyTorch release outputs will not be resized unless they have zero elements. You can explicitly reuse an "
            "out tensor t by resizing it, inplace, to zero elements with t.resize_(0).",
            UserWarning,
        )
    # A resize that needs a new storage of the result's size: out stands for a fresh copy.
    out._become(result.detach().to(out.dtype).clone())
    return out
