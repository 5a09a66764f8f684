"""Ordering: sort, argsort, msort, topk, kthvalue, unique, unique_consecutive."""
from .. import return_types
from .._engine import ops
from .._tensor import tensor_method, wrap
from ._args import check_tensor


@tensor_method()
def sort(input, dim=-1, descending=False, *, stable=False):
    check_tensor("sort", "input", 1, input)
    values, indices = ops.sort(input._h, int(dim), bool(descending), bool(stable))
    return return_types.sort(wrap(values), wrap(indices))


@tensor_method()
def argsort(input, dim=-1, descending=False, stable=False):
    check_tensor("argsort", "input", 1, input)
    values, indices = ops.sort(input._h, int(dim), bool(descending), bool(stable))
    ops.release(values)
    return wrap(indices)


@tensor_method()
def msort(input):
    check_tensor("msort", "input", 1, input)
    return sort(input, 0).values


@tensor_method()
def topk(input, k, dim=-1, largest=True, sorted=True):
    check_tensor("topk", "input", 1, input)
    values, indices = ops.topk(input._h, int(k), int(dim), bool(largest), bool(sorted))
    return return_types.topk(wrap(values), wrap(indices))


@tensor_method()
def kthvalue(input, k, dim=-1, keepdim=False):
    check_tensor("kthvalue", "input", 1, input)
    values, indices = ops.kthvalue(input._h, int(k), int(dim), bool(keepdim))
    return return_types.kthvalue(wrap(values), wrap(indices))


def _distinct(op, name, input, return_inverse, return_counts, dim):
    check_tensor(name, "input", 1, input)
    if dim is None:
        handles = op(input._h)
    else:  # distinct slices along dim
        handles = ops.unique_dim(input._h, int(dim), name == "unique_consecutive")
    values, inverse, counts = (wrap(h) for h in handles)
    if not (return_inverse or return_counts):
        return values
    return (values,) + ((inverse,) if return_inverse else ()) + ((counts,) if return_counts else ())


@tensor_method()
def unique(input, sorted=True, return_inverse=False, return_counts=False, dim=None):
    # Known difference: with sorted=False (and no dim) PyTorch 1.13's CPU kernel lists the
    # values in its hash set's order; these come sorted.
    return _distinct(ops.unique, "unique", input, return_inverse, return_counts, dim)


@tensor_method()
def unique_consecutive(input, return_inverse=False, return_counts=False, dim=None):
    return _distinct(ops.unique_consecutive, "unique_consecutive", input, return_inverse, return_counts, dim)
