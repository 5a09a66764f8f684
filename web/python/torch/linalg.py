"""torch.linalg: inverses, determinants, solves, the Cholesky, QR, symmetric-eigen and singular
value decompositions, and norms, on batches of matrices (the last two dims), differentiable as
PyTorch 1.13's (engine/ops/linalg/). The legacy torch.inverse, det, ... are in
_ops/linalg_legacy.py."""

from . import return_types
from ._engine import _LinAlgError as LinAlgError
from ._engine import ops
from ._ops._args import check_tensor, dims_list
from ._ops.linalg import matmul
from ._tensor import wrap
from ._unsupported import package_getattr

LinAlgError.__doc__ = "A singular or not positive-definite input to a torch.linalg function."


def _checked(name, A):
    check_tensor(name, "A", 1, A)
    return A._h


def _wrap_all(handles):
    return [wrap(h) for h in handles]


def inv(A, *, out=None):
    return inv_ex(A, check_errors=True).inverse


def inv_ex(A, *, check_errors=False, out=None):
    return return_types.linalg_inv_ex(*_wrap_all(ops.linalg_inv_ex(_checked("linalg_inv_ex", A), bool(check_errors))))


def det(A, *, out=None):
    return wrap(ops.linalg_det(_checked("linalg_det", A)))


def slogdet(A, *, out=None):
    return return_types.linalg_slogdet(*_wrap_all(ops.linalg_slogdet(_checked("linalg_slogdet", A))))


def solve(A, B, *, left=True, out=None):
    check_tensor("linalg_solve", "B", 2, B)
    if not left:  # X·A = B  ⇔  Aᵀ·Xᵀ = Bᵀ
        return solve(A.mT, B.mT).mT
    return wrap(ops.linalg_solve(_checked("linalg_solve", A), B._h))


def cholesky(A, *, upper=False, out=None):
    return cholesky_ex(A, upper=upper, check_errors=True).L


def cholesky_ex(A, *, upper=False, check_errors=False, out=None):
    handles = ops.linalg_cholesky_ex(_checked("linalg_cholesky_ex", A), bool(upper), bool(check_errors))
    return return_types.linalg_cholesky_ex(*_wrap_all(handles))


def qr(A, mode="reduced", *, out=None):
    return return_types.linalg_qr(*_wrap_all(ops.linalg_qr(_checked("linalg_qr", A), str(mode))))


def eigh(A, UPLO="L", *, out=None):
    return return_types.linalg_eigh(*_wrap_all(ops.linalg_eigh(_checked("linalg_eigh", A), str(UPLO))))


def eigvalsh(A, UPLO="L", *, out=None):
    return wrap(ops.linalg_eigvalsh(_checked("linalg_eigvalsh", A), str(UPLO)))


def svd(A, full_matrices=True, *, driver=None, out=None):
    return return_types.linalg_svd(*_wrap_all(ops.linalg_svd(_checked("linalg_svd", A), bool(full_matrices))))


def svdvals(A, *, driver=None, out=None):
    return wrap(ops.linalg_svdvals(_checked("linalg_svdvals", A)))


def _tolerances(atol, rtol):
    return 0.0 if atol is None else float(atol), None if rtol is None else float(rtol)


def pinv(A, rcond=None, hermitian=False, *, atol=None, rtol=None, out=None):
    """rcond (the older form) is a relative tolerance."""
    check_tensor("linalg_pinv", "input", 1, A)
    if rcond is not None:
        atol, rtol = 0.0, rcond
    return wrap(ops.linalg_pinv(A._h, *_tolerances(atol, rtol)))


def lstsq(A, B, rcond=None, *, driver=None, out=None):
    check_tensor("linalg_lstsq", "other", 2, B)
    handles = ops.linalg_lstsq(_checked("linalg_lstsq", A), B._h, None if rcond is None else float(rcond))
    return return_types.linalg_lstsq(*_wrap_all(handles))


def matrix_rank(A, tol=None, hermitian=False, *, atol=None, rtol=None, out=None):
    """tol (the older form) is an absolute tolerance."""
    check_tensor("linalg_matrix_rank", "input", 1, A)
    if tol is not None:
        atol, rtol = tol, 0.0
    return wrap(ops.linalg_matrix_rank(A._h, *_tolerances(atol, rtol)))


def _in_dtype(x, dtype):
    return x if dtype is None else x.to(dtype)


def vector_norm(x, ord=2, dim=None, keepdim=False, *, dtype=None, out=None):
    check_tensor("linalg_vector_norm", "input", 1, x)
    x = _in_dtype(x, dtype)
    return wrap(ops.linalg_vector_norm(x._h, float(ord), dims_list(dim), bool(keepdim)))


def matrix_norm(A, ord="fro", dim=(-2, -1), keepdim=False, *, dtype=None, out=None):
    check_tensor("linalg_matrix_norm", "input", 1, A)
    A = _in_dtype(A, dtype)
    dims = dims_list(dim)
    if isinstance(ord, str):
        return wrap(ops.linalg_matrix_norm_named(A._h, ord, dims, bool(keepdim)))
    return wrap(ops.linalg_matrix_norm(A._h, float(ord), dims, bool(keepdim)))


def norm(A, ord=None, dim=None, keepdim=False, *, dtype=None, out=None):
    """A vector norm over one dim (or all elements when neither ord nor dim is given), a
    matrix norm over two, as PyTorch chooses."""
    check_tensor("linalg_norm", "input", 1, A)
    dims = dims_list(dim)
    if dims is not None and len(dims) == 2 or isinstance(ord, str):
        return matrix_norm(A, "fro" if ord is None else ord, (-2, -1) if dims is None else dims, keepdim, dtype=dtype)
    if ord is None or dims is not None:
        return vector_norm(A, 2 if ord is None else ord, dims, keepdim, dtype=dtype)
    if A.dim() not in (1, 2):
        raise RuntimeError(
            f"linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. Got {A.dim()}D."
        )
    if A.dim() == 1:
        return vector_norm(A, ord, None, keepdim, dtype=dtype)
    return matrix_norm(A, ord, (0, 1), keepdim, dtype=dtype)


def multi_dot(tensors, *, out=None):
    """The product of the matrices in order (the first may be a vector, and the last), left
    to right."""
    if len(tensors) < 2:
        raise RuntimeError(f"multi_dot(): expected at least 2 tensors but got {len(tensors)}")
    result = tensors[0]
    for t in tensors[1:]:
        result = matmul(result, t)
    return result


__getattr__ = package_getattr(__name__)
