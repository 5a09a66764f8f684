// linalg.cholesky(_ex) and the legacy torch.cholesky: A = L·Lᵀ from A's lower triangle (LAPACK's
// potrf with uplo 'L'; the strict upper triangle is never read), column by column in float64,
// rounded once into A's dtype. A pivot that is not positive (or NaN) stops the factorisation at
// that leading minor, as LAPACK's info reports it.
//
// Backward (PyTorch 1.13's cholesky_backward), with Φ(X) = the lower triangle of X with its
// diagonal halved:  gA = ½(S + Sᵀ),  S = L⁻ᵀ·Φ(Lᵀ·gL)·L⁻¹, written with recorded ops.
#include <cmath>

#include "autograd/record.h"
#include "ops/linalg/linalg.h"
#include "ops/linalg/matrices.h"

namespace gb {

using linalg::Matrix;

namespace {

// L, or the order of the first leading minor that is not positive-definite (0: none).
std::pair<Matrix, int64_t> factor(const Matrix& a) {
  const int64_t n = a.rows;
  Matrix l(n, n);
  for (int64_t j = 0; j < n; ++j) {
    double d = a(j, j);
    for (int64_t k = 0; k < j; ++k) d -= l(j, k) * l(j, k);
    if (!(d > 0)) return {l, j + 1};
    l(j, j) = std::sqrt(d);
    for (int64_t i = j + 1; i < n; ++i) {
      double s = a(i, j);
      for (int64_t k = 0; k < j; ++k) s -= l(i, k) * l(j, k);
      l(i, j) = s / l(j, j);
    }
  }
  return {l, 0};
}

Tensor half_lower(const Tensor& x) {
  Tensor lower = tril(x, 0);
  return sub(lower, mul(linalg::number(0.5), diag_embed(diagonal(x, 0, -2, -1), 0, -2, -1)));
}

Tensor cholesky_backward(const Tensor& gL, const Tensor& L) {
  Tensor L_inv = linalg_inv(L);
  Tensor S = matmul(matmul(linalg::mT(L_inv), half_lower(matmul(linalg::mT(L), gL))), L_inv);
  return mul(linalg::number(0.5), add(S, linalg::mT(S)));
}

// fn: the name errors start with ("linalg.cholesky", or the legacy "cholesky").
std::pair<Tensor, Tensor> factorise(const Tensor& A, bool upper, bool check_errors, const char* fn, const char* node) {
  linalg::check_square(A, fn);
  linalg::Batch batch(A);
  std::vector<double> info(size_t(batch.count()));
  Tensor L = linalg::build(A.shape(), A.dtype(), batch.count(), [&](int64_t i) {
    auto [l, minor] = factor(batch.read(i));
    info[size_t(i)] = double(minor);
    if (minor && check_errors)
      fail_linalg(fn, ": ", linalg::batch_prefix(A, i),
                  "The factorization could not be completed because the input is not positive-definite (the leading "
                  "minor of order ",
                  minor, " is not positive-definite).");
    return l;
  });
  Tensor out = upper ? contiguous(linalg::mT(L)) : L;
  if (needs_grad(A))
    record(node, out, {A}, {out}, [upper](const BackwardContext& c) {
      Tensor l = upper ? linalg::mT(c.saved(0)) : c.saved(0);
      Tensor g = upper ? linalg::mT(c.grad()) : c.grad();
      return Grads{cholesky_backward(g, l)};
    });
  return {out, linalg::scalars(batch.leading(), info, DType::Int32)};
}

}  // namespace

std::pair<Tensor, Tensor> linalg_cholesky_ex(const Tensor& A, bool upper, bool check_errors) {
  return factorise(A, upper, check_errors, "linalg.cholesky", "LinalgCholeskyExBackward0");
}
Tensor linalg_cholesky(const Tensor& A, bool upper) { return linalg_cholesky_ex(A, upper, true).first; }
Tensor cholesky(const Tensor& A, bool upper) { return factorise(A, upper, true, "cholesky", "CholeskyBackward0").first; }

}  // namespace gb
