"""Triangles and diagonals of matrices (tril, triu, diagonal, diag, diag_embed, trace) and
logsumexp."""
from .._engine import ops
from .._tensor import tensor_method, wrap
from ._args import check_tensor, dims_list


@tensor_method()
def tril(input, diagonal=0):
    check_tensor("tril", "input", 1, input)
    return wrap(ops.tril(input._h, int(diagonal)))


@tensor_method()
def triu(input, diagonal=0):
    check_tensor("triu", "input", 1, input)
    return wrap(ops.triu(input._h, int(diagonal)))


@tensor_method()
def diagonal(input, offset=0, dim1=0, dim2=1):
    check_tensor("diagonal", "input", 1, input)
    return wrap(ops.diagonal(input._h, int(offset), int(dim1), int(dim2)))


@tensor_method()
def diag(input, diagonal=0):
    check_tensor("diag", "input", 1, input)
    return wrap(ops.diag(input._h, int(diagonal)))


@tensor_method()
def diag_embed(input, offset=0, dim1=-2, dim2=-1):
    check_tensor("diag_embed", "input", 1, input)
    return wrap(ops.diag_embed(input._h, int(offset), int(dim1), int(dim2)))


@tensor_method()
def trace(input):
    check_tensor("trace", "input", 1, input)
    return wrap(ops.trace(input._h))


@tensor_method()
def logsumexp(input, dim, keepdim=False):
    check_tensor("logsumexp", "input", 1, input)
    return wrap(ops.logsumexp(input._h, dims_list(dim), bool(keepdim)))
