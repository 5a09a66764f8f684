#include "kernels/matmul.h"

namespace gb {

namespace {

// i-k-j order: the innermost loop streams a row of B into a row of C.
template <class T>
void matmul_ikj(int64_t M, int64_t N, int64_t K, const T* A, MatrixRef a, const T* B, MatrixRef b, T* C,
                int64_t ldc, bool accumulate) {
  for (int64_t i = 0; i < M; ++i) {
    T* c = C + i * ldc;
    if (!accumulate)
      for (int64_t j = 0; j < N; ++j) c[j] = T(0);
    for (int64_t k = 0; k < K; ++k) {
      const T aik = A[i * a.row_stride + k * a.col_stride];
      const T* bk = B + k * b.row_stride;
      for (int64_t j = 0; j < N; ++j) c[j] += aik * bk[j * b.col_stride];
    }
  }
}

}  // namespace

void matmul_f32(int64_t M, int64_t N, int64_t K, const float* A, MatrixRef a, const float* B, MatrixRef b, float* C,
                int64_t c_row_stride, bool accumulate) {
  matmul_ikj(M, N, K, A, a, B, b, C, c_row_stride, accumulate);
}

void matmul_f64(int64_t M, int64_t N, int64_t K, const double* A, MatrixRef a, const double* B, MatrixRef b,
                double* C, int64_t c_row_stride, bool accumulate) {
  matmul_ikj(M, N, K, A, a, B, b, C, c_row_stride, accumulate);
}

}  // namespace gb
