// linalg.svd, linalg.svdvals and the legacy torch.svd: A = U·diag(S)·Vh along LAPACK's gesdd,
// as PyTorch 1.13's CPU build computes it (lapack_gesdd.h): float32 in float32 as sgesdd,
// float64 (and the other floating dtypes, widened) in float64 as dgesdd. The singular vectors
// carry LAPACK's signs because they are computed as LAPACK computes them; for min(m, n) > 25,
// where gesdd divides and conquers, the values still agree to rounding but a pair's sign may not.
//
// Backward: PyTorch 1.13's svd_backward (gU, gS, gVh; k = min(m, n); the full matrices are
// first cut to their first k vectors), with skew(X) = X - Xᵀ and E_ij = s_j² - s_i²:
//   only gS:  gA = U·diag(gS)·Vh
//   else      G = (skew(Uᵀ·gU)·S_row + S_col·skew(Vh·gVhᵀ)) / E + diag(gS), then
//             m > n: gA = (U·G + gU/S - U·Uᵀ·(gU/S))·Vh;  m < n: gA = U·(G·Vh + gVh/S - (gVh/S)·Vhᵀ·Vh)
//             m = n: gA = U·G·Vh
#include <algorithm>

#include "autograd/record.h"
#include "ops/linalg/lapack_gesdd.h"
#include "ops/linalg/linalg.h"
#include "ops/linalg/matrices.h"

namespace gb {

using linalg::Matrix;

namespace {

struct Decomposition {
  Matrix u;                // m × (full ? m : k)
  std::vector<double> s;   // k, descending
  Matrix vh;               // (full ? n : k) × n
};

template <class T>
Decomposition gesdd_of(const Matrix& a, bool full) {
  std::vector<T> columns(a.v.size());
  for (int64_t j = 0; j < a.cols; ++j)
    for (int64_t i = 0; i < a.rows; ++i) columns[size_t(i + j * a.rows)] = T(a(i, j));
  linalg::lapack::Svd<T> r = linalg::lapack::gesdd(a.rows, a.cols, std::move(columns), full);
  Decomposition d{Matrix(r.m, r.ucols), std::vector<double>(r.s.begin(), r.s.end()), Matrix(r.vtrows, r.n)};
  for (int64_t i = 0; i < r.m; ++i)
    for (int64_t j = 0; j < r.ucols; ++j) d.u(i, j) = double(r.u[size_t(i + j * r.m)]);
  for (int64_t i = 0; i < r.vtrows; ++i)
    for (int64_t j = 0; j < r.n; ++j) d.vh(i, j) = double(r.vt[size_t(i + j * r.vtrows)]);
  return d;
}

Decomposition decompose(const Tensor& A, const Matrix& a, int64_t index, bool full) {
  try {
    return A.dtype() == DType::Float32 ? gesdd_of<float>(a, full) : gesdd_of<double>(a, full);
  } catch (const linalg::lapack::NonFinite&) {
    fail_linalg("linalg.svd: ", linalg::batch_prefix(A, index),
                "The algorithm failed to converge because the input matrix contained non-finite values.");
  } catch (const linalg::lapack::NoConvergence& e) {
    fail_linalg("linalg.svd: ", linalg::batch_prefix(A, index),
                "The algorithm failed to converge because the input matrix is ill-conditioned or has too many "
                "repeated singular values (error code: ", e.unconverged, ").");
  }
}

Tensor svd_backward(const Tensor& gU_full, const Tensor& gS, const Tensor& gVh_full, const Tensor& U_full,
                    const Tensor& S, const Tensor& Vh_full) {
  const int64_t k = S.shape().back();
  Tensor U = narrow(U_full, -1, 0, k), Vh = narrow(Vh_full, -2, 0, k);
  const int64_t m = U.shape()[size_t(U.dim() - 2)], n = Vh.shape().back();
  Tensor gU = gU_full.defined() ? narrow(gU_full, -1, 0, k) : Tensor{};
  Tensor gVh = gVh_full.defined() ? narrow(gVh_full, -2, 0, k) : Tensor{};
  if (!gU.defined() && !gVh.defined()) {
    Tensor g = gS.defined() ? gS : zeros_like(S);
    return matmul(mul(U, unsqueeze(g, -2)), Vh);
  }
  auto skew = [](const Tensor& x) { return sub(x, linalg::mT(x)); };
  Tensor S_row = unsqueeze(S, -2), S_col = unsqueeze(S, -1);
  Tensor S2 = mul(S, S);
  Tensor E = add(sub(unsqueeze(S2, -2), unsqueeze(S2, -1)), eye(k, k, S.dtype()));
  Tensor G;
  if (gU.defined()) G = mul(skew(matmul(linalg::mT(U), gU)), S_row);
  if (gVh.defined()) {
    Tensor right = mul(S_col, skew(matmul(Vh, linalg::mT(gVh))));
    G = G.defined() ? add(G, right) : right;
  }
  G = div(G, E);
  if (gS.defined()) G = add(G, diag_embed(gS, 0, -2, -1));
  if (m > n && gU.defined()) {
    Tensor gUSinv = div(gU, S_row);
    Tensor inner = add(matmul(U, G), sub(gUSinv, matmul(U, matmul(linalg::mT(U), gUSinv))));
    return matmul(inner, Vh);
  }
  if (m < n && gVh.defined()) {
    Tensor gVhSinv = div(gVh, S_col);
    Tensor inner = add(matmul(G, Vh), sub(gVhSinv, matmul(matmul(gVhSinv, linalg::mT(Vh)), Vh)));
    return matmul(U, inner);
  }
  return matmul(U, matmul(G, Vh));
}

}  // namespace

std::tuple<Tensor, Tensor, Tensor> linalg_svd(const Tensor& A, bool full_matrices) {
  linalg::check_matrix(A, "linalg.svd");
  linalg::Batch batch(A);
  const int64_t m = batch.rows(), n = batch.cols(), k = std::min(m, n);
  std::vector<Decomposition> parts;
  for (int64_t i = 0; i < batch.count(); ++i) parts.push_back(decompose(A, batch.read(i), i, full_matrices));
  Shape u_shape = batch.leading(), s_shape = batch.leading(), vh_shape = batch.leading();
  u_shape.insert(u_shape.end(), {m, full_matrices ? m : k});
  s_shape.push_back(k);
  vh_shape.insert(vh_shape.end(), {full_matrices ? n : k, n});
  Tensor U = linalg::build(u_shape, A.dtype(), batch.count(), [&](int64_t i) { return parts[size_t(i)].u; });
  Tensor S = linalg::build(s_shape, A.dtype(), batch.count(), [&](int64_t i) {
    Matrix row(1, k);
    row.v = parts[size_t(i)].s;
    return row;
  });
  Tensor Vh = linalg::build(vh_shape, A.dtype(), batch.count(), [&](int64_t i) { return parts[size_t(i)].vh; });
  if (needs_grad(A))
    record_multi("LinalgSvdBackward0", {U, S, Vh}, {A}, {U, S, Vh}, [](const BackwardContext& c) {
      return Grads{svd_backward(c.grad(0), c.grad(1), c.grad(2), c.saved(0), c.saved(1), c.saved(2))};
    });
  return {U, S, Vh};
}

// The vectors are recorded as outputs too (not returned), so that the saved U and Vh carry
// their history into a second derivative, as PyTorch's do; errors name linalg.svd, as PyTorch's.
Tensor linalg_svdvals(const Tensor& A) { return std::get<1>(linalg_svd(A, false)); }

}  // namespace gb
