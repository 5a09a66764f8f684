// linalg.qr and the legacy torch.qr: Householder QR as LAPACK's geqrf + orgqr compute it, in
// float64, rounded once into A's dtype. Reflector k maps column k's part x (from the diagonal
// down) to β·e₁ with β = -sign(x₀)·‖x‖, so R's diagonal has the sign opposite to x₀ (LAPACK's
// convention, hence PyTorch's); a column already zero below the diagonal is left as it is.
//
// Backward (m ≥ n; PyTorch 1.13's linalg_qr_backward in another form), with
// copyltu(M) = tril(M) + tril(M, -1)ᵀ and M = R·gRᵀ - gQᵀ·Q:
//   gA = (gQ + Q·copyltu(M))·R⁻ᵀ   (a solve with R)
// For m < n, A = [X | Y] with X square: gY = Q·gR_Y and X takes the square formula with
// gQ + Y·gR_Yᵀ. mode='r' has no Q to differentiate, and mode='complete' with m > n is not
// differentiable; both raise PyTorch's errors in backward.
#include <cmath>

#include "autograd/record.h"
#include "ops/linalg/linalg.h"
#include "ops/linalg/matrices.h"

namespace gb {

using linalg::Matrix;

namespace {

struct Factors {
  Matrix q, r;
};

Factors householder(Matrix a, bool complete) {
  const int64_t m = a.rows, n = a.cols, k = std::min(m, n);
  std::vector<std::vector<double>> reflectors(static_cast<size_t>(k));
  std::vector<double> taus(static_cast<size_t>(k), 0.0);
  for (int64_t j = 0; j < k; ++j) {
    double alpha = a(j, j), tail = 0;
    for (int64_t i = j + 1; i < m; ++i) tail += a(i, j) * a(i, j);
    std::vector<double> v(size_t(m - j), 0.0);
    v[0] = 1;
    if (tail == 0) {
      // H = I (τ = 0): the column is already upper triangular; LAPACK keeps its zeros as v.
      for (int64_t i = j + 1; i < m; ++i) v[size_t(i - j)] = a(i, j);
      reflectors[size_t(j)] = v;
      continue;
    }
    double beta = -std::copysign(std::sqrt(alpha * alpha + tail), alpha);
    double tau = (beta - alpha) / beta;
    for (int64_t i = j + 1; i < m; ++i) v[size_t(i - j)] = a(i, j) / (alpha - beta);
    // A ← (I - τ·v·vᵀ)·A on the columns from j on.
    for (int64_t c = j; c < n; ++c) {
      double s = 0;
      for (int64_t i = j; i < m; ++i) s += v[size_t(i - j)] * a(i, c);
      for (int64_t i = j; i < m; ++i) a(i, c) -= tau * s * v[size_t(i - j)];
    }
    a(j, j) = beta;
    for (int64_t i = j + 1; i < m; ++i) a(i, j) = 0;
    reflectors[size_t(j)] = v;
    taus[size_t(j)] = tau;
  }
  const int64_t qcols = complete ? m : k;
  // Q = H₀·H₁·…·H_{k-1} as LAPACK's orgqr builds it, last reflector first: the columns past k
  // start as unit vectors; then for j = k-1, …, 0, H_j acts on the columns right of j (skipped
  // when τ = 0) and column j becomes H_j·e_j = (1 - τ, -τ·v) from the diagonal down, so an
  // untouched column keeps orgqr's signed zeros (-0·v).
  Matrix q(m, qcols);
  for (int64_t c = k; c < qcols; ++c) q(c, c) = 1;
  for (int64_t j = k - 1; j >= 0; --j) {
    const auto& v = reflectors[size_t(j)];
    const double tau = taus[size_t(j)];
    if (tau != 0)
      for (int64_t c = j + 1; c < qcols; ++c) {
        double s = 0;
        for (int64_t i = j; i < m; ++i) s += v[size_t(i - j)] * q(i, c);
        for (int64_t i = j; i < m; ++i) q(i, c) -= tau * s * v[size_t(i - j)];
      }
    q(j, j) = 1 - tau;
    for (int64_t i = j + 1; i < m; ++i) q(i, j) = -tau * v[size_t(i - j)];
  }
  const int64_t rrows = complete ? m : k;
  Matrix r(rrows, n);
  for (int64_t i = 0; i < std::min(rrows, m); ++i)
    for (int64_t c = i; c < n; ++c) r(i, c) = a(i, c);
  return {q, r};
}

// The square-or-tall formula of the header (R square, upper triangular).
Tensor tall_backward(const Tensor& gQ, const Tensor& gR, const Tensor& Q, const Tensor& R) {
  Tensor M = matmul(R, linalg::mT(gR));
  if (gQ.defined()) M = sub(M, matmul(linalg::mT(gQ), Q));
  Tensor copyltu = add(tril(M, 0), linalg::mT(tril(M, -1)));
  Tensor b = matmul(Q, copyltu);
  if (gQ.defined()) b = add(b, gQ);
  // b·R⁻ᵀ = (R⁻¹·bᵀ)ᵀ
  return linalg::mT(linalg_solve(R, linalg::mT(b)));
}

}  // namespace

std::pair<Tensor, Tensor> linalg_qr(const Tensor& A, const std::string& mode) {
  if (mode != "reduced" && mode != "complete" && mode != "r")
    fail("qr received unrecognized mode '", mode, "' but expected one of 'reduced' (default), 'r', or 'complete'");
  linalg::check_matrix(A, "linalg.qr");
  linalg::Batch batch(A);
  const int64_t m = batch.rows(), n = batch.cols(), k = std::min(m, n);
  const bool complete = mode == "complete";
  std::vector<Factors> factors;
  for (int64_t i = 0; i < batch.count(); ++i) factors.push_back(householder(batch.read(i), complete));
  Shape q_shape = batch.leading(), r_shape = batch.leading();
  q_shape.insert(q_shape.end(), {m, complete ? m : k});
  r_shape.insert(r_shape.end(), {complete ? m : k, n});
  Tensor R = linalg::build(r_shape, A.dtype(), batch.count(), [&](int64_t i) { return factors[size_t(i)].r; });
  Tensor Q = mode == "r" ? empty({0}, A.dtype())
                         : linalg::build(q_shape, A.dtype(), batch.count(), [&](int64_t i) { return factors[size_t(i)].q; });
  if (needs_grad(A))
    record_multi("LinalgQrBackward0", {Q, R}, {A}, {A, Q, R}, [mode, m, n](const BackwardContext& c) {
      if (mode == "r")
        fail("The derivative of linalg.qr depends on Q, which is not computed when mode='r'. Please use "
             "linalg.qr(A, mode='reduced') if you are going to differentiate through linalg.qr.");
      if (mode == "complete" && m > n)
        fail("The QR decomposition is not differentiable when mode='complete' and nrows > ncols.");
      const Tensor &a = c.saved(0), &Q = c.saved(1), &R = c.saved(2);
      Tensor gQ = c.grad(0), gR = c.grad(1).defined() ? c.grad(1) : zeros_like(R);
      if (m >= n) return Grads{tall_backward(gQ, gR, Q, R)};
      Tensor Y = narrow(a, -1, m, n - m), gRY = narrow(gR, -1, m, n - m);
      Tensor gQX = matmul(Y, linalg::mT(gRY));
      if (gQ.defined()) gQX = add(gQX, gQ);
      Tensor gX = tall_backward(gQX, narrow(gR, -1, 0, m), Q, narrow(R, -1, 0, m));
      return Grads{cat({gX, matmul(Q, gRY)}, -1)};
    });
  return {Q, R};
}

}  // namespace gb
