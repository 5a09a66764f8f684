// linalg.eigh and linalg.eigvalsh: the symmetric eigenproblem by cyclic Jacobi rotations in
// float64 (to full float64 accuracy), eigenvalues ascending, rounded once into A's dtype. Only
// the triangle named by UPLO is read, as LAPACK's syevd reads it. Eigenvalues agree with
// LAPACK's to a few ulps. An eigenvector is defined up to sign (LAPACK's sign comes from its
// tridiagonal reduction); ours has its entry of largest magnitude negative (the first such
// entry on a tie), which often but not always is LAPACK's choice.
//
// Backward (PyTorch 1.13's linalg_eig_backward for Hermitian A; gL, gV the incoming gradients):
//   gA = V·(diag(gL) + ½(Vᵀ·gV - gVᵀ·V) / E)·Vᵀ,   E_ij = λ_j - λ_i (off the diagonal)
#include <algorithm>
#include <cmath>
#include <numeric>

#include "autograd/record.h"
#include "ops/linalg/linalg.h"
#include "ops/linalg/matrices.h"

namespace gb {

using linalg::Matrix;

namespace linalg {

// Eigenvalues (ascending) and eigenvectors (columns) of the symmetric matrix a.
std::pair<std::vector<double>, Matrix> symmetric_eigen(Matrix a) {
  const int64_t n = a.rows;
  Matrix v = Matrix::identity(n);
  for (int sweep = 0; sweep < 100; ++sweep) {
    double off = 0, total = 0;
    for (int64_t i = 0; i < n; ++i)
      for (int64_t j = 0; j < n; ++j) (i == j ? total : off) += a(i, j) * a(i, j);
    if (off <= 1e-32 * (total + off) || off == 0) break;
    for (int64_t p = 0; p < n; ++p)
      for (int64_t q = p + 1; q < n; ++q) {
        if (a(p, q) == 0) continue;
        // The rotation that zeroes a(p, q): tan θ = t, the smaller root.
        double theta = (a(q, q) - a(p, p)) / (2 * a(p, q));
        double t = std::copysign(1.0, theta) / (std::abs(theta) + std::sqrt(theta * theta + 1));
        double c = 1 / std::sqrt(t * t + 1), s = t * c;
        rotate_columns(a, p, q, c, s);
        for (int64_t k = 0; k < n; ++k) {
          double apk = a(p, k), aqk = a(q, k);
          a(p, k) = c * apk - s * aqk;
          a(q, k) = s * apk + c * aqk;
        }
        rotate_columns(v, p, q, c, s);
      }
  }
  std::vector<int64_t> order(static_cast<size_t>(n));
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int64_t x, int64_t y) { return a(x, x) < a(y, y); });
  std::vector<double> values(static_cast<size_t>(n));
  Matrix vectors(n, n);
  for (int64_t j = 0; j < n; ++j) {
    int64_t from = order[size_t(j)];
    values[size_t(j)] = a(from, from);
    for (int64_t i = 0; i < n; ++i) vectors(i, j) = v(i, from);
  }
  make_largest_negative(vectors);
  return {values, vectors};
}

void make_largest_negative(Matrix& columns) {
  for (int64_t j = 0; j < columns.cols; ++j) {
    int64_t largest = 0;
    for (int64_t i = 1; i < columns.rows; ++i)
      if (std::abs(columns(i, j)) > std::abs(columns(largest, j))) largest = i;
    if (columns(largest, j) > 0)
      for (int64_t i = 0; i < columns.rows; ++i) columns(i, j) = -columns(i, j);
  }
}

}  // namespace linalg

namespace {

// The symmetric matrix that the named triangle of a describes.
Matrix from_triangle(Matrix a, bool lower) {
  for (int64_t i = 0; i < a.rows; ++i)
    for (int64_t j = i + 1; j < a.cols; ++j) {
      if (lower) a(i, j) = a(j, i);
      else a(j, i) = a(i, j);
    }
  return a;
}

Tensor eigh_backward(const Tensor& gL, const Tensor& gV, const Tensor& L, const Tensor& V) {
  Tensor inner;
  if (gV.defined()) {
    Tensor VtgV = matmul(linalg::mT(V), gV);
    Tensor skew = mul(linalg::number(0.5), sub(VtgV, linalg::mT(VtgV)));
    const int64_t n = L.shape().back();
    Tensor eye_n = eye(n, n, L.dtype());
    // E with ones on the diagonal, where skew is zero anyway.
    Tensor E = add(sub(unsqueeze(L, -2), unsqueeze(L, -1)), eye_n);
    inner = div(skew, E);
    if (gL.defined()) inner = add(inner, diag_embed(gL, 0, -2, -1));
  } else {
    inner = diag_embed(gL, 0, -2, -1);
  }
  return matmul(V, matmul(inner, linalg::mT(V)));
}

// eigvalsh's errors name linalg.eigh too, as PyTorch's do.
std::pair<Tensor, Tensor> decompose(const Tensor& A, const std::string& uplo, bool vectors) {
  linalg::check_square(A, "linalg.eigh");
  if (uplo != "L" && uplo != "U" && uplo != "l" && uplo != "u")
    fail("Expected UPLO argument to be 'L' or 'U', but got ", uplo);
  const bool lower = uplo == "L" || uplo == "l";
  linalg::Batch batch(A);
  const int64_t n = batch.rows();
  std::vector<std::pair<std::vector<double>, Matrix>> parts;
  for (int64_t i = 0; i < batch.count(); ++i) parts.push_back(linalg::symmetric_eigen(from_triangle(batch.read(i), lower)));
  Shape value_shape = batch.leading();
  value_shape.push_back(n);
  Tensor L = linalg::build(value_shape, A.dtype(), batch.count(), [&](int64_t i) {
    Matrix row(1, n);
    row.v = parts[size_t(i)].first;
    return row;
  });
  // eigvalsh computes the eigenvectors too and records them as a (hidden) output, so that its
  // saved eigenvectors carry their history into a second derivative, as PyTorch's do.
  Tensor V = linalg::build(A.shape(), A.dtype(), batch.count(), [&](int64_t i) { return parts[size_t(i)].second; });
  if (needs_grad(A))
    record_multi("LinalgEighBackward0", {L, V}, {A}, {L, V}, [](const BackwardContext& c) {
      return Grads{eigh_backward(c.grad(0), c.grad(1), c.saved(0), c.saved(1))};
    });
  if (!vectors) V = empty({0}, A.dtype());
  return {L, V};
}

}  // namespace

std::pair<Tensor, Tensor> linalg_eigh(const Tensor& A, const std::string& uplo) {
  return decompose(A, uplo, true);
}
Tensor linalg_eigvalsh(const Tensor& A, const std::string& uplo) {
  return decompose(A, uplo, false).first;
}

}  // namespace gb
