// Checks and float64 buffers shared by the torch.linalg ops (see matrices.h).
#include "ops/linalg/matrices.h"

#include "ops/floating_dispatch.h"

namespace gb::linalg {

void rotate_columns(Matrix& m, int64_t p, int64_t q, double c, double s) {
  for (int64_t k = 0; k < m.rows; ++k) {
    const double mp = m(k, p), mq = m(k, q);
    m(k, p) = c * mp - s * mq;
    m(k, q) = s * mp + c * mq;
  }
}

Matrix Matrix::identity(int64_t n) {
  Matrix m(n, n);
  for (int64_t i = 0; i < n; ++i) m(i, i) = 1;
  return m;
}

void check_floating(const Tensor& A, const std::string& fn) {
  if (!is_floating(A.dtype()))
    fail(fn, ": Expected a floating point or complex tensor as input. Got ", scalar_type_name(A.dtype()));
}

void check_matrix(const Tensor& A, const std::string& fn) {
  if (A.dim() < 2) fail(fn, ": The input tensor A must have at least 2 dimensions.");
  check_floating(A, fn);
}

void check_square(const Tensor& A, const std::string& fn) {
  if (A.dim() < 2) fail(fn, ": The input tensor A must have at least 2 dimensions.");
  int64_t r = A.shape()[size_t(A.dim() - 2)], c = A.shape()[size_t(A.dim() - 1)];
  if (r != c) fail(fn, ": A must be batches of square matrices, but they are ", r, " by ", c, " matrices");
  check_floating(A, fn);
}

Batch::Batch(const Tensor& A)
    : dense_(contiguous_copy(A)),
      count_(1),
      rows_(A.shape()[size_t(A.dim() - 2)]),
      cols_(A.shape()[size_t(A.dim() - 1)]) {
  for (int64_t d = 0; d < A.dim() - 2; ++d) count_ *= A.shape()[size_t(d)];
}

Shape Batch::leading() const { return Shape(dense_.shape().begin(), dense_.shape().end() - 2); }

Matrix Batch::read(int64_t index) const {
  Matrix m(rows_, cols_);
  dispatch_floating(dense_.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* p = dense_.data<T>() + index * rows_ * cols_;
    for (size_t k = 0; k < m.v.size(); ++k) m.v[k] = double(p[k]);
  });
  return m;
}

void write(Tensor& out, int64_t index, const Matrix& m) {
  dispatch_floating(out.dtype(), [&](auto tag) {
    using T = decltype(tag);
    T* p = out.data<T>() + index * int64_t(m.v.size());
    for (size_t k = 0; k < m.v.size(); ++k) p[k] = T(m.v[k]);
  });
}

Tensor scalars(const Shape& shape, const std::vector<double>& values, DType dtype) {
  Tensor out = empty(shape, dtype);
  dispatch(dtype, [&](auto tag) {
    using T = decltype(tag);
    for (size_t i = 0; i < values.size(); ++i) out.data<T>()[i] = T(values[i]);
  });
  return out;
}

std::string batch_prefix(const Tensor& A, int64_t index) {
  return A.dim() > 2 ? "(Batch element " + std::to_string(index) + "): " : "";
}

}  // namespace gb::linalg
