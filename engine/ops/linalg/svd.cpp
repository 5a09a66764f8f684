// linalg.svd, linalg.svdvals and the legacy torch.svd: A = U·diag(S)·Vh by one-sided Jacobi
// rotations (Hestenes) on the columns of A (of Aᵀ when A is wide), in float64, rounded once into
// A's dtype. Singular values are descending and agree with LAPACK's gesdd to a few ulps. Each
// pair of singular vectors is defined up to a common sign; ours makes the entry of largest
// magnitude of each column of U negative, which often but not always is gesdd's choice.
// Columns of U for zero singular values, and full_matrices' extra columns, complete U to an
// orthonormal basis (Gram-Schmidt against the unit vectors in order), as do Vh's rows.
//
// Backward: PyTorch 1.13's svd_backward (gU, gS, gVh; k = min(m, n); the full matrices are
// first cut to their first k vectors), with skew(X) = X - Xᵀ and E_ij = s_j² - s_i²:
//   only gS:  gA = U·diag(gS)·Vh
//   else      G = (skew(Uᵀ·gU)·S_row + S_col·skew(Vh·gVhᵀ)) / E + diag(gS), then
//             m > n: gA = (U·G + gU/S - U·Uᵀ·(gU/S))·Vh;  m < n: gA = U·(G·Vh + gVh/S - (gVh/S)·Vhᵀ·Vh)
//             m = n: gA = U·G·Vh
#include <algorithm>
#include <cmath>
#include <numeric>

#include "autograd/record.h"
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

Matrix transposed(const Matrix& a) {
  Matrix t(a.cols, a.rows);
  for (int64_t i = 0; i < a.rows; ++i)
    for (int64_t j = 0; j < a.cols; ++j) t(j, i) = a(i, j);
  return t;
}

// Makes the columns of q from `from` on orthonormal to all earlier ones (the unit vectors in
// order are the candidates for each, the first with a non-negligible remainder taken).
void complete_basis(Matrix& q, int64_t from) {
  int64_t candidate = 0;
  for (int64_t j = from; j < q.cols; ++j) {
    for (; candidate < q.rows; ++candidate) {
      std::vector<double> x(size_t(q.rows), 0.0);
      x[size_t(candidate)] = 1;
      for (int pass = 0; pass < 2; ++pass)
        for (int64_t c = 0; c < j; ++c) {
          double d = 0;
          for (int64_t i = 0; i < q.rows; ++i) d += q(i, c) * x[size_t(i)];
          for (int64_t i = 0; i < q.rows; ++i) x[size_t(i)] -= d * q(i, c);
        }
      double norm = 0;
      for (double e : x) norm += e * e;
      norm = std::sqrt(norm);
      if (norm > 1e-8) {
        for (int64_t i = 0; i < q.rows; ++i) q(i, j) = x[size_t(i)] / norm;
        ++candidate;
        break;
      }
    }
  }
}

// For a tall or square a (m ≥ n).
Decomposition tall_svd(Matrix w, bool full) {
  const int64_t m = w.rows, n = w.cols;
  Matrix v = Matrix::identity(n);
  for (int sweep = 0; sweep < 100; ++sweep) {
    bool rotated = false;
    for (int64_t p = 0; p < n; ++p)
      for (int64_t q = p + 1; q < n; ++q) {
        double alpha = 0, beta = 0, gamma = 0;
        for (int64_t i = 0; i < m; ++i) {
          alpha += w(i, p) * w(i, p);
          beta += w(i, q) * w(i, q);
          gamma += w(i, p) * w(i, q);
        }
        if (gamma == 0 || std::abs(gamma) <= 1e-16 * std::sqrt(alpha * beta)) continue;
        rotated = true;
        double zeta = (beta - alpha) / (2 * gamma);
        double t = std::copysign(1.0, zeta) / (std::abs(zeta) + std::sqrt(1 + zeta * zeta));
        double c = 1 / std::sqrt(1 + t * t), s = c * t;
        rotate_columns(w, p, q, c, s);
        rotate_columns(v, p, q, c, s);
      }
    if (!rotated) break;
  }
  std::vector<double> norms(static_cast<size_t>(n));
  for (int64_t j = 0; j < n; ++j) {
    double s = 0;
    for (int64_t i = 0; i < m; ++i) s += w(i, j) * w(i, j);
    norms[size_t(j)] = std::sqrt(s);
  }
  std::vector<int64_t> order(static_cast<size_t>(n));
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int64_t x, int64_t y) { return norms[size_t(x)] > norms[size_t(y)]; });
  Decomposition d{Matrix(m, full ? m : n), std::vector<double>(size_t(n)), Matrix(n, n)};
  int64_t nonzero = 0;
  Matrix vcols(n, n);
  for (int64_t j = 0; j < n; ++j) {
    int64_t from = order[size_t(j)];
    double s = norms[size_t(from)];
    d.s[size_t(j)] = s;
    for (int64_t i = 0; i < n; ++i) vcols(i, j) = v(i, from);
    if (s > 0 && s > 1e-15 * norms[size_t(order[0])]) {
      for (int64_t i = 0; i < m; ++i) d.u(i, j) = w(i, from) / s;
      nonzero = j + 1;
    }
  }
  complete_basis(d.u, nonzero);
  // The sign rule, applied to each pair (u_j, v_j) together.
  for (int64_t j = 0; j < n; ++j) {
    int64_t largest = 0;
    for (int64_t i = 1; i < m; ++i)
      if (std::abs(d.u(i, j)) > std::abs(d.u(largest, j))) largest = i;
    if (d.u(largest, j) > 0) {
      for (int64_t i = 0; i < m; ++i) d.u(i, j) = -d.u(i, j);
      for (int64_t i = 0; i < n; ++i) vcols(i, j) = -vcols(i, j);
    }
  }
  // full_matrices' further columns of U keep the rule too.
  for (int64_t j = n; j < d.u.cols; ++j) {
    Matrix column(m, 1);
    for (int64_t i = 0; i < m; ++i) column(i, 0) = d.u(i, j);
    linalg::make_largest_negative(column);
    for (int64_t i = 0; i < m; ++i) d.u(i, j) = column(i, 0);
  }
  d.vh = transposed(vcols);
  return d;
}

Decomposition decompose(const Matrix& a, bool full) {
  if (a.rows >= a.cols) return tall_svd(a, full);
  // Aᵀ = U'·S·V'ᵀ, so A = V'·S·U'ᵀ.
  Decomposition t = tall_svd(transposed(a), full);
  return {transposed(t.vh), t.s, transposed(t.u)};
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
  for (int64_t i = 0; i < batch.count(); ++i) parts.push_back(decompose(batch.read(i), full_matrices));
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
