// matmul_f32/f64 against a float64 reference, for every layout the forward and backward
// passes use, sizes that leave partial tiles and blocks, and accumulation into C.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include "kernels/matmul.h"

using namespace gb;

namespace {

template <class T>
std::vector<T> filled(int64_t n, double phase) {
  std::vector<T> v(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) v[size_t(i)] = T(std::sin(double(i) * 0.37 + phase));
  return v;
}

// Largest |C - reference| over all elements, relative to the largest |reference|.
template <class T>
double relative_error(int64_t M, int64_t N, int64_t K, const std::vector<T>& A, MatrixRef a, const std::vector<T>& B,
                      MatrixRef b, const std::vector<T>& C, int64_t ldc, const std::vector<T>& C0) {
  double worst = 0, scale = 1e-30;
  for (int64_t i = 0; i < M; ++i)
    for (int64_t j = 0; j < N; ++j) {
      double s = C0.empty() ? 0.0 : double(C0[size_t(i * ldc + j)]);
      for (int64_t k = 0; k < K; ++k)
        s += double(A[size_t(i * a.row_stride + k * a.col_stride)]) * double(B[size_t(k * b.row_stride + j * b.col_stride)]);
      worst = std::max(worst, std::fabs(s - double(C[size_t(i * ldc + j)])));
      scale = std::max(scale, std::fabs(s));
    }
  return worst / scale;
}

template <class T, class F>
void check_layouts(F matmul, double tolerance) {
  for (const auto& size : {std::array<int64_t, 3>{1, 1, 1}, {3, 7, 5}, {17, 33, 9}, {64, 10, 128}, {131, 77, 300}}) {
    const int64_t M = size[0], N = size[1], K = size[2];
    for (int layout = 0; layout < 4; ++layout) {
      // Row-major A and B, Aᵀ stored column-major, Bᵀ stored column-major, and a B broadcast
      // along both dims (stride 0), as the gradient of a sum arrives.
      MatrixRef a{K, 1}, b{N, 1};
      if (layout == 1) a = {1, M};
      if (layout == 2) b = {1, K};
      if (layout == 3) b = {0, 0};
      auto A = filled<T>(M * K, 0.1), B = filled<T>(K * N, 0.7);
      const int64_t ldc = N + 3;  // C rows with a gap, as in a slice of a bigger matrix
      auto C0 = filled<T>(M * ldc, 1.3);
      for (bool accumulate : {false, true}) {
        auto C = C0;
        matmul(M, N, K, A.data(), a, B.data(), b, C.data(), ldc, accumulate);
        INFO("M=", M, " N=", N, " K=", K, " layout=", layout, " accumulate=", accumulate);
        CHECK(relative_error(M, N, K, A, a, B, b, C, ldc, accumulate ? C0 : std::vector<T>{}) < tolerance);
        for (int64_t i = 0; i < M; ++i)  // the gap between rows is left alone
          for (int64_t j = N; j < ldc; ++j) CHECK(C[size_t(i * ldc + j)] == C0[size_t(i * ldc + j)]);
      }
    }
  }
}

}  // namespace

TEST_CASE("matmul_f32 matches a float64 reference in every layout") { check_layouts<float>(matmul_f32, 1e-5); }

TEST_CASE("matmul_f64 matches a float64 reference in every layout") { check_layouts<double>(matmul_f64, 1e-13); }

TEST_CASE("matmul with an empty inner dimension gives zeros, or leaves C when accumulating") {
  std::vector<float> C{1, 2, 3, 4};
  matmul_f32(2, 2, 0, nullptr, {0, 1}, nullptr, {2, 1}, C.data(), 2, true);
  CHECK(C == std::vector<float>{1, 2, 3, 4});
  matmul_f32(2, 2, 0, nullptr, {0, 1}, nullptr, {2, 1}, C.data(), 2, false);
  CHECK(C == std::vector<float>{0, 0, 0, 0});
}

TEST_CASE("every element of a product is the running sum of its products in k order") {
  // The rounding of PyTorch's CPU build (reference BLAS): c = ((0 + a0·b0) + a1·b1) + ...,
  // across every tile and block boundary, for each layout, and continued from C when
  // accumulating.
  const int64_t M = 13, N = 21, K = 600;  // K spans several packed blocks
  auto A = filled<float>(M * K, 0.2), B = filled<float>(K * N, 0.9), C0 = filled<float>(M * N, 1.7);
  for (int layout = 0; layout < 3; ++layout) {
    MatrixRef a{K, 1}, b{N, 1};
    if (layout == 1) a = {1, M};
    if (layout == 2) b = {1, K};
    for (bool accumulate : {false, true}) {
      auto C = C0;
      matmul_f32(M, N, K, A.data(), a, B.data(), b, C.data(), N, accumulate);
      int mismatches = 0;
      for (int64_t i = 0; i < M; ++i)
        for (int64_t j = 0; j < N; ++j) {
          float s = accumulate ? C0[size_t(i * N + j)] : 0.0f;
          for (int64_t k = 0; k < K; ++k) {
            const float product = A[size_t(i * a.row_stride + k * a.col_stride)] * B[size_t(k * b.row_stride + j * b.col_stride)];
            s += product;
          }
          mismatches += C[size_t(i * N + j)] != s;
        }
      INFO("layout=", layout, " accumulate=", accumulate);
      CHECK(mismatches == 0);
    }
  }
}
