#pragma once
// C = A · B (or C += A · B) for row-major-or-not operands: each matrix is addressed by a row
// stride and a column stride in elements, so transposed and strided operands need no copy.
//   A: M×K, B: K×N, C: M×N (C's column stride is 1).
#include <cstdint>

namespace gb {

struct MatrixRef {
  int64_t row_stride;
  int64_t col_stride;
};

void matmul_f32(int64_t M, int64_t N, int64_t K, const float* A, MatrixRef a, const float* B, MatrixRef b, float* C,
                int64_t c_row_stride, bool accumulate);
void matmul_f64(int64_t M, int64_t N, int64_t K, const double* A, MatrixRef a, const double* B, MatrixRef b, double* C,
                int64_t c_row_stride, bool accumulate);

}  // namespace gb
