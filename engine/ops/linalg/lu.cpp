// The LU family: linalg.inv(_ex), linalg.det, linalg.slogdet, logdet and linalg.solve, each from
// an LU factorisation with partial pivoting (PA = LU) as LAPACK's getrf computes it: the pivot of
// column k is the first entry of largest magnitude on or below the diagonal. The factorisation
// runs in float64 and each result is rounded once into A's dtype, so float64 results agree
// with LAPACK's to a few ulps and float32 results are at least as close (not bitwise: LAPACK
// rounds every step in float32 and blocks its updates).
//
// Backward formulas (PyTorch 1.13's derivatives.yaml; G: the incoming gradient):
//   inv      X = A⁻¹          gA = -Xᵀ·G·Xᵀ
//   det      d = det A        gA = g·d·A⁻ᵀ. PyTorch solves with A's LU factors, and for an exactly
//                             singular A (d = 0) its triangular solves leave the zero right-hand
//                             side as it is: gA = P·diag(g·d), signed zeros included (not the
//                             cofactors); we give the same.
//   slogdet  (sign, log|d|)   gA = g·A⁻ᵀ (sign has none)
//   solve    X = A⁻¹·B        gB = A⁻ᵀ·G (a solve),  gA = -gB·Xᵀ
// all written with these ops, so a create_graph backward records them.
#include <cmath>
#include <limits>

#include "autograd/record.h"
#include "ops/linalg/linalg.h"
#include "ops/linalg/matrices.h"

namespace gb {

using linalg::Matrix;

namespace {

Shape concat_shape(Shape shape, int64_t last) {
  shape.push_back(last);
  return shape;
}

struct LU {
  Matrix lu;               // L below the diagonal (unit diagonal implied), U on and above
  std::vector<int64_t> pivots;
  int64_t zero_pivot = 0;  // 1-based index of the first zero on U's diagonal; 0 if none
  bool odd = false;        // an odd number of row swaps
};

LU factor(Matrix a) {
  const int64_t n = a.rows;
  LU f{std::move(a), std::vector<int64_t>(size_t(n)), 0, false};
  Matrix& m = f.lu;
  for (int64_t k = 0; k < n; ++k) {
    int64_t p = k;
    for (int64_t i = k + 1; i < n; ++i)
      if (std::abs(m(i, k)) > std::abs(m(p, k))) p = i;
    f.pivots[size_t(k)] = p;
    if (p != k) {
      f.odd = !f.odd;
      for (int64_t j = 0; j < n; ++j) std::swap(m(k, j), m(p, j));
    }
    if (m(k, k) == 0) {
      if (!f.zero_pivot) f.zero_pivot = k + 1;
      continue;
    }
    for (int64_t i = k + 1; i < n; ++i) {
      m(i, k) /= m(k, k);
      for (int64_t j = k + 1; j < n; ++j) m(i, j) -= m(i, k) * m(k, j);
    }
  }
  return f;
}

// X = A⁻¹·B for B with n rows, by the factorisation (forward then back substitution).
Matrix solve_factored(const LU& f, Matrix b) {
  const int64_t n = f.lu.rows, k = b.cols;
  const Matrix& m = f.lu;
  for (int64_t i = 0; i < n; ++i)
    if (f.pivots[size_t(i)] != i)
      for (int64_t j = 0; j < k; ++j) std::swap(b(i, j), b(f.pivots[size_t(i)], j));
  for (int64_t i = 0; i < n; ++i)
    for (int64_t r = 0; r < i; ++r)
      for (int64_t j = 0; j < k; ++j) b(i, j) -= m(i, r) * b(r, j);
  for (int64_t i = n - 1; i >= 0; --i) {
    for (int64_t r = i + 1; r < n; ++r)
      for (int64_t j = 0; j < k; ++j) b(i, j) -= m(i, r) * b(r, j);
    for (int64_t j = 0; j < k; ++j) b(i, j) /= m(i, i);
  }
  return b;
}

// det = ±∏ U_ii.
double determinant(const LU& f) {
  double d = f.odd ? -1 : 1;
  for (int64_t i = 0; i < f.lu.rows; ++i) d *= f.lu(i, i);
  return d;
}

// Where row i of P·X comes from: the row interchanges of the factorisation (A = P·L·U) undone
// in reverse order.
std::vector<double> permutation_rows(const LU& f) {
  std::vector<double> rows(f.pivots.size());
  for (size_t i = 0; i < rows.size(); ++i) rows[i] = double(i);
  for (size_t k = rows.size(); k-- > 0;) std::swap(rows[k], rows[size_t(f.pivots[k])]);
  return rows;
}

// P·diag(gd) for each matrix: the gradient PyTorch's LU solve gives at a singular matrix.
Tensor permuted_diagonal(const Tensor& gd, const Tensor& rows, int64_t n) {
  Tensor diagonal_matrix = diag_embed(expand(unsqueeze(gd, -1), concat_shape(gd.shape(), n)), 0, -2, -1);
  Tensor index = expand(unsqueeze(rows, -1), concat_shape(rows.shape(), n));
  return gather(diagonal_matrix, -2, index);
}

}  // namespace

std::pair<Tensor, Tensor> linalg_inv_ex(const Tensor& A, bool check_errors) {
  linalg::check_square(A, "linalg.inv");
  linalg::Batch batch(A);
  std::vector<double> info(size_t(batch.count()));
  Tensor inverse = linalg::build(A.shape(), A.dtype(), batch.count(), [&](int64_t i) {
    LU f = factor(batch.read(i));
    info[size_t(i)] = double(f.zero_pivot);
    if (f.zero_pivot && check_errors)
      fail_linalg("linalg.inv: ", linalg::batch_prefix(A, i), "The diagonal element ", f.zero_pivot,
                  " is zero, the inversion could not be completed because the input matrix is singular.");
    return solve_factored(f, Matrix::identity(batch.rows()));
  });
  if (needs_grad(A))
    record("LinalgInvExBackward0", inverse, {A}, {inverse}, [](const BackwardContext& c) {
      Tensor Xt = linalg::mT(c.saved(0));
      return Grads{neg(matmul(matmul(Xt, c.grad()), Xt))};
    });
  return {inverse, linalg::scalars(batch.leading(), info, DType::Int32)};
}

Tensor linalg_inv(const Tensor& A) { return linalg_inv_ex(A, true).first; }

Tensor linalg_det(const Tensor& A) {
  linalg::check_square(A, "linalg.det");
  linalg::Batch batch(A);
  const int64_t n = batch.rows();
  std::vector<double> dets(static_cast<size_t>(batch.count())), rows;
  for (int64_t i = 0; i < batch.count(); ++i) {
    LU f = factor(batch.read(i));
    dets[size_t(i)] = determinant(f);
    std::vector<double> r = permutation_rows(f);
    rows.insert(rows.end(), r.begin(), r.end());
  }
  Tensor out = linalg::scalars(batch.leading(), dets, A.dtype());
  if (needs_grad(A)) {
    Tensor pivot_rows = linalg::scalars(concat_shape(batch.leading(), n), rows, DType::Int64);
    record("LinalgDetBackward0", out, {A}, {A, out, pivot_rows}, [n](const BackwardContext& c) {
      const Tensor &a = c.saved(0), &d = c.saved(1);
      Tensor gd = mul(c.grad(), d);
      Tensor singular = eq(d, linalg::number(0));
      if (item(any(singular)) == 0) return Grads{mul(linalg::per_matrix(gd), linalg::mT(linalg_inv(a)))};
      Tensor at_singular = permuted_diagonal(gd, c.saved(2), n);
      if (item(all(singular)) != 0) return Grads{at_singular};
      // A batch of both kinds: each matrix takes its own formula (the singular ones invert I instead).
      Tensor mask = linalg::per_matrix(singular);
      Tensor invertible = where(mask, eye(n, n, a.dtype()), a);
      Tensor regular = mul(linalg::per_matrix(gd), linalg::mT(linalg_inv(invertible)));
      return Grads{where(mask, at_singular, regular)};
    });
  }
  return out;
}

std::pair<Tensor, Tensor> linalg_slogdet(const Tensor& A) {
  linalg::check_square(A, "linalg.slogdet");
  linalg::Batch batch(A);
  std::vector<double> signs(size_t(batch.count())), logs(size_t(batch.count()));
  for (int64_t i = 0; i < batch.count(); ++i) {
    LU f = factor(batch.read(i));
    double sign = f.odd ? -1 : 1, log_abs = 0;
    for (int64_t k = 0; k < batch.rows(); ++k) {
      double u = f.lu(k, k);
      sign *= u > 0 ? 1 : (u < 0 ? -1 : 0);
      log_abs += std::log(std::abs(u));
    }
    signs[size_t(i)] = sign;
    logs[size_t(i)] = log_abs;
  }
  Tensor sign = linalg::scalars(batch.leading(), signs, A.dtype());
  Tensor logabsdet = linalg::scalars(batch.leading(), logs, A.dtype());
  if (needs_grad(A))
    record_multi("LinalgSlogdetBackward0", {sign, logabsdet}, {A}, {A}, [](const BackwardContext& c) {
      if (!c.grad(1).defined()) return Grads{Tensor{}};
      return Grads{mul(linalg::per_matrix(c.grad(1)), linalg::mT(linalg_inv(c.saved(0))))};
    });
  return {sign, logabsdet};
}

Tensor logdet(const Tensor& A) {
  linalg::check_square(A, "logdet");
  auto [sign, logabsdet] = linalg_slogdet(A);
  // PyTorch's composite: nan for a negative determinant, -inf for a zero one.
  return where(lt(sign, linalg::number(0)), linalg::number(std::numeric_limits<double>::quiet_NaN()), logabsdet);
}

Tensor linalg_solve(const Tensor& A, const Tensor& B) {
  linalg::check_square(A, "linalg.solve");
  linalg::check_floating(B, "linalg.solve");
  if (A.dtype() != B.dtype())
    fail("linalg.solve: Expected A and B to have the same dtype, but found A of type ", scalar_type_name(A.dtype()),
         " and B of type ", scalar_type_name(B.dtype()), " instead");
  const int64_t n = A.shape().back();
  // B is a batch of vectors when it is 1-D or one dim short of A with A's leading shape.
  const Shape a_leading(A.shape().begin(), A.shape().end() - 1);
  const bool vector = B.dim() == 1 || (B.dim() == A.dim() - 1 && B.shape() == a_leading);
  Tensor b = vector ? unsqueeze(B, -1) : B;
  if (b.dim() < 2 || b.shape()[size_t(b.dim() - 2)] != n)
    fail("linalg.solve: Incompatible shapes of A and B for the equation AX = B (", n, "x", n, " and ",
         b.dim() >= 2 ? b.shape()[size_t(b.dim() - 2)] : b.shape()[0], "x", b.dim() >= 2 ? b.shape().back() : 1, ")");
  // B's batch shape first: PyTorch's message names B's size as tensor a's.
  Shape batch_shape = broadcast_shapes(Shape(b.shape().begin(), b.shape().end() - 2),
                                       Shape(A.shape().begin(), A.shape().end() - 2));
  Shape a_shape = batch_shape, b_shape = batch_shape;
  a_shape.insert(a_shape.end(), {n, n});
  b_shape.insert(b_shape.end(), {n, b.shape().back()});
  Tensor Ab = expand(detach(A), a_shape), bb = expand(detach(b), b_shape);
  linalg::Batch as(Ab), bs(bb);
  Tensor X = linalg::build(b_shape, A.dtype(), as.count(), [&](int64_t i) {
    LU f = factor(as.read(i));
    if (f.zero_pivot)
      fail_linalg("torch.linalg.solve: ", linalg::batch_prefix(Ab, i),
                  "The solver failed because the input matrix is singular.");
    return solve_factored(f, bs.read(i));
  });
  if (vector) X = squeeze(X, -1);
  if (needs_grad(A, B))
    record("LinalgSolveExBackward0", X, {A, B}, {A, X}, [vector](const BackwardContext& c) {
      const Tensor &a = c.saved(0), &x = c.saved(1);
      Tensor gB = linalg_solve(linalg::mT(a), c.grad());
      Tensor gA;
      if (c.needs(0))
        gA = vector ? neg(mul(unsqueeze(gB, -1), unsqueeze(x, -2))) : neg(matmul(gB, linalg::mT(x)));
      return Grads{gA, c.needs(1) ? gB : Tensor{}};
    });
  return X;
}

}  // namespace gb
