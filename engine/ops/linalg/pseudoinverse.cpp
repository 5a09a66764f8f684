// linalg.pinv, linalg.lstsq and linalg.matrix_rank, from the singular values (svd.cpp).
//
// A singular value counts when it exceeds max(atol, rtol·σ_max); without either tolerance rtol
// is ε·max(m, n) of A's dtype, as PyTorch's default. pinv = V·diag(1/σ or 0)·Uᵀ. lstsq gives
// the minimum-norm least-squares solution pinv(A)·B with the rank, and, as the CPU default
// driver gelsy does, empty residuals and singular values (gelsy decides the rank by a pivoted
// QR's condition estimate; counting singular values agrees with it except for matrices on
// the edge of the tolerance).
//
// Backward (PyTorch 1.13's pinv_backward, with P = pinv(A), G the incoming gradient):
//   m ≤ n: K = Gᵀ·P, gA = -(P·K)ᵀ + K·Pᵀ - A·P·K·Pᵀ + Pᵀ·P·(Gᵀ - K·A)
//   m > n: K = P·Gᵀ, gA = -(K·P)ᵀ + (Gᵀ - A·K)·P·Pᵀ + Pᵀ·K - Pᵀ·K·P·A
// and lstsq's X = P·B: gA = pinv_backward(G·Bᵀ), gB = Pᵀ·G (for a B of vectors, PyTorch 1.13's
// backward raises an IndexError, and so does ours).
#include <cmath>
#include <limits>

#include "autograd/record.h"
#include "ops/linalg/linalg.h"
#include "ops/linalg/matrices.h"

namespace gb {

namespace {

double epsilon(DType dtype) {
  return dtype == DType::Float32 ? double(std::numeric_limits<float>::epsilon()) : std::numeric_limits<double>::epsilon();
}

// The singular values that count (a bool tensor shaped like S).
Tensor counted(const Tensor& S, double atol, std::optional<double> rtol, int64_t m, int64_t n) {
  double relative = rtol ? *rtol : (atol > 0 ? 0 : epsilon(S.dtype()) * double(std::max(m, n)));
  Tensor largest = S.shape().back() > 0 ? amax(S, {-1}, true) : zeros_like(S);
  return gt(S, maximum(linalg::number(atol), mul(largest, linalg::number(relative))));
}

Tensor pseudoinverse(const Tensor& A, double atol, std::optional<double> rtol) {
  auto [U, S, Vh] = linalg_svd(A, false);
  const int64_t m = U.shape()[size_t(U.dim() - 2)], n = Vh.shape().back();
  Tensor keep = counted(S, atol, rtol, m, n);
  Tensor inverse_S = where(keep, reciprocal(S), zeros_like(S));
  return matmul(mul(linalg::mT(Vh), unsqueeze(inverse_S, -2)), linalg::mT(U));
}

Tensor pinv_backward(const Tensor& G, const Tensor& P, const Tensor& A) {
  const int64_t m = A.shape()[size_t(A.dim() - 2)], n = A.shape().back();
  Tensor Pt = linalg::mT(P), Gt = linalg::mT(G);
  if (m <= n) {
    Tensor K = matmul(Gt, P);
    Tensor KPt = matmul(K, Pt);
    Tensor out = add(neg(linalg::mT(matmul(P, K))), KPt);
    out = sub(out, matmul(matmul(A, P), KPt));
    return add(out, matmul(matmul(Pt, P), sub(Gt, matmul(K, A))));
  }
  Tensor K = matmul(P, Gt);
  Tensor PtK = matmul(Pt, K);
  Tensor out = add(neg(linalg::mT(matmul(K, P))), matmul(matmul(sub(Gt, matmul(A, K)), P), Pt));
  return sub(add(out, PtK), matmul(matmul(PtK, P), A));
}

}  // namespace

Tensor linalg_pinv(const Tensor& A, double atol, std::optional<double> rtol) {
  if (A.dim() < 2 || !is_floating(A.dtype()))
    fail("linalg.pinv(", scalar_type_name(A.dtype()), "{", shape_str(A.shape()),
         "}): expected a tensor with 2 or more dimensions of float, double, cfloat or cdouble types");
  Tensor P = detach(pseudoinverse(detach(A), atol, rtol));
  if (needs_grad(A))
    record("LinalgPinvBackward0", P, {A}, {A, P}, [](const BackwardContext& c) {
      return Grads{pinv_backward(c.grad(), c.saved(1), c.saved(0))};
    });
  return P;
}

std::vector<Tensor> linalg_lstsq(const Tensor& A, const Tensor& B, std::optional<double> rcond) {
  if (!is_floating(A.dtype()) || !is_floating(B.dtype()))
    fail("This function doesn't handle types other than float and double");
  linalg::check_matrix(A, "torch.linalg.lstsq");
  if (A.dtype() != B.dtype())
    fail("torch.linalg.lstsq: Expected input and other to have the same dtype, but got input's dtype ",
         scalar_type_name(A.dtype()), " and other's dtype ", scalar_type_name(B.dtype()));
  const bool vector = B.dim() == A.dim() - 1;
  if (A.dim() - B.dim() > 1 || B.dim() < 1)
    fail("torch.linalg.lstsq: input.dim() must be greater or equal to other.dim() and (input.dim() - other.dim()) <= 1");
  Tensor b = vector ? unsqueeze(B, -1) : B;
  if (b.shape()[size_t(b.dim() - 2)] != A.shape()[size_t(A.dim() - 2)])
    fail("torch.linalg.lstsq: input.size(-2) should match other.size(-2)");
  const int64_t m = A.shape()[size_t(A.dim() - 2)], n = A.shape().back();
  Tensor S = linalg_svdvals(detach(A));
  std::optional<double> relative = rcond;
  if (!relative) relative = epsilon(A.dtype()) * double(std::max(m, n));
  Tensor rank = sum(counted(S, 0, relative, m, n), {-1}, false, DType::Int64);
  Tensor X = detach(matmul(pseudoinverse(detach(A), 0, relative), detach(b)));
  if (vector) X = squeeze(X, -1);
  if (needs_grad(A, B))
    record("LinalgLstsqBackward0", X, {A, B}, {A, B}, [vector, relative](const BackwardContext& c) {
      // PyTorch 1.13's formula transposes B's last two dims, which a batch of vectors lacks.
      if (vector) fail_index("Dimension out of range (expected to be in range of [-1, 0], but got -2)");
      const Tensor &a = c.saved(0), &b = c.saved(1);
      Tensor P = linalg_pinv(a, 0, relative);
      Tensor gA = c.needs(0) ? pinv_backward(matmul(c.grad(), linalg::mT(b)), P, a) : Tensor{};
      Tensor gB = c.needs(1) ? matmul(linalg::mT(P), c.grad()) : Tensor{};
      return Grads{gA, gB};
    });
  return {X, empty({0}, A.dtype()), rank, empty({0}, A.dtype())};
}

Tensor linalg_matrix_rank(const Tensor& A, double atol, std::optional<double> rtol) {
  if (A.dim() < 2) fail("torch.linalg.matrix_rank: The input tensor input must have at least 2 dimensions.");
  linalg::check_floating(A, "torch.linalg.matrix_rank");
  const int64_t m = A.shape()[size_t(A.dim() - 2)], n = A.shape().back();
  return sum(counted(linalg_svdvals(detach(A)), atol, rtol, m, n), {-1}, false, DType::Int64);
}

}  // namespace gb
