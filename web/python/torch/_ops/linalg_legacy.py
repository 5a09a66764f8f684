"""The older linear-algebra names that courses still use: torch.inverse, det, logdet, slogdet,
cholesky (CholeskyBackward0), qr (some=) and svd (some=, compute_uv=; V rather than Vh), and the
same Tensor methods; built on torch.linalg."""
from .. import linalg, return_types
from .._engine import ops
from .._tensor import tensor_method, wrap
from ._args import check_tensor


@tensor_method()
def inverse(input, *, out=None):
    return linalg.inv(input)


@tensor_method()
def det(input):
    return linalg.det(input)


@tensor_method()
def logdet(input):
    check_tensor("logdet", "input", 1, input)
    return wrap(ops.logdet(input._h))


@tensor_method()
def slogdet(input):
    sign, logabsdet = linalg.slogdet(input)
    return return_types.slogdet(sign, logabsdet)


@tensor_method()
def cholesky(input, upper=False, *, out=None):
    check_tensor("cholesky", "input", 1, input)
    return wrap(ops.cholesky(input._h, bool(upper)))


@tensor_method()
def qr(input, some=True, *, out=None):
    Q, R = linalg.qr(input, "reduced" if some else "complete")
    return return_types.qr(Q, R)


@tensor_method()
def svd(input, some=True, compute_uv=True, *, out=None):
    """torch.svd: V rather than Vh; without compute_uv, U and V are zeros as PyTorch's."""
    U, S, Vh = linalg.svd(input, full_matrices=not some)
    if not compute_uv:
        return return_types.svd(U.detach().zero_(), S, Vh.detach().zero_())
    return return_types.svd(U, S, Vh.mT)


