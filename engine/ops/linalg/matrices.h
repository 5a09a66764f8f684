#pragma once
// What every torch.linalg op shares: PyTorch's checks on A (floating, at least 2-D, square),
// batches of matrices (the last two dims; any leading dims) and the move of one matrix into a
// row-major float64 buffer and back. The decompositions work in float64 and round their
// results once into A's dtype (see the file headers for what that means for the bits).
#include <string>
#include <vector>

#include "ops/ops.h"
#include "tensor/error.h"

namespace gb::linalg {

// A row-major rows×cols matrix in float64.
struct Matrix {
  int64_t rows = 0, cols = 0;
  std::vector<double> v;
  Matrix() = default;
  Matrix(int64_t r, int64_t c) : rows(r), cols(c), v(size_t(r * c), 0.0) {}
  double& operator()(int64_t i, int64_t j) { return v[size_t(i * cols + j)]; }
  double operator()(int64_t i, int64_t j) const { return v[size_t(i * cols + j)]; }
  static Matrix identity(int64_t n);
};

// Columns p and q of m turned by the plane rotation (c, s): p ← c·p − s·q, q ← s·p + c·q
// (eigh's Jacobi step).
void rotate_columns(Matrix& m, int64_t p, int64_t q, double c, double s);

// "linalg.inv: Expected a floating point or complex tensor as input. Got Long"
void check_floating(const Tensor& A, const std::string& fn);
// "linalg.inv: The input tensor A must have at least 2 dimensions."
void check_matrix(const Tensor& A, const std::string& fn);
// Both of the above, then "linalg.inv: A must be batches of square matrices, but they are 2 by 3 matrices"
void check_square(const Tensor& A, const std::string& fn);

// The matrices of a tensor [..., rows, cols], read and written one at a time.
class Batch {
 public:
  explicit Batch(const Tensor& A);
  int64_t count() const { return count_; }
  int64_t rows() const { return rows_; }
  int64_t cols() const { return cols_; }
  Matrix read(int64_t index) const;
  Shape leading() const;  // the batch dims
 private:
  Tensor dense_;
  int64_t count_, rows_, cols_;
};
// A new tensor of `shape` and `dtype`, its matrices (the last two dims) filled by `make(index)`.
template <class Make>
Tensor build(const Shape& shape, DType dtype, int64_t count, Make make);
void write(Tensor& out, int64_t index, const Matrix& m);
// One number per matrix (determinants, info codes), in a tensor of the batch's shape.
Tensor scalars(const Shape& shape, const std::vector<double>& values, DType dtype);

// The error prefix of a matrix in a batch: "(Batch element 1): " (nothing for a single matrix).
std::string batch_prefix(const Tensor& A, int64_t index);

// Aᵀ of the last two dims (PyTorch's mT).
inline Tensor mT(const Tensor& A) { return transpose(A, -2, -1); }
// A number as a 0-dim tensor that takes the other operand's dtype.
inline Tensor number(double v) { return wrapped_scalar(v, DType::Float64); }
// x[..., None, None]: a scalar per matrix, broadcast over its matrix.
inline Tensor per_matrix(const Tensor& x) { return unsqueeze(unsqueeze(x, -1), -1); }

template <class Make>
Tensor build(const Shape& shape, DType dtype, int64_t count, Make make) {
  Tensor out = empty(shape, dtype);
  for (int64_t i = 0; i < count; ++i) write(out, i, make(i));
  return out;
}

}  // namespace gb::linalg

namespace gb::linalg {
// Eigenvalues (ascending) and eigenvectors (columns) of a symmetric matrix (eigh.cpp).
std::pair<std::vector<double>, Matrix> symmetric_eigen(Matrix a);
// Flips each column whose entry of largest magnitude is positive (eigh's sign rule).
void make_largest_negative(Matrix& columns);
}  // namespace gb::linalg
