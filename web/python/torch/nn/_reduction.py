"""The `reduction=` argument of losses and its legacy size_average/reduce spelling."""
import warnings

from .._engine import codes

_CODES = {name: code for code, name in enumerate(codes["reductions"])}


def reduction_code(reduction):
    if reduction == "elementwise_mean":
        warnings.warn("reduction='elementwise_mean' is deprecated, please use reduction='mean' instead.")
        return _CODES["mean"]
    if reduction not in _CODES:
        raise ValueError(f"{reduction} is not a valid value for reduction")
    return _CODES[reduction]


def legacy_reduction(size_average, reduce):
    """The reduction meant by the deprecated size_average/reduce flags (with PyTorch's warning)."""
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    reduction = "mean" if size_average and reduce else "sum" if reduce else "none"
    warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' instead.")
    return reduction
