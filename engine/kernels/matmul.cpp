// Blocked matmul (GotoBLAS/BLIS layout): B is packed a kc×nc block at a time into
// NR-wide column panels, A an mc×kc block at a time into MR-tall row panels, and every
// MR×NR tile of C is computed by the register-blocked GemmTile over those panels.
// Packing reads the operands through their strides, so Aᵀ·B, A·Bᵀ and broadcast
// (stride-0) operands cost no extra copy beyond the packing every layout gets.
//
// Each C element is one running sum over k in order, continued from block to block (the
// tile reloads C), which is how the reference BLAS behind PyTorch's CPU build rounds.
#include "kernels/matmul.h"

#include <algorithm>
#include <vector>

#include "kernels/gemm_tile.h"

namespace gb {

namespace {

// kc: the depth of a packed panel (an NR-wide B panel of kc rows stays in L1); deep, so
// that most products need one k block and their tiles start from zero (see gemm_tile.h);
// mc: the rows of a packed A block (kept in L2 while B panels stream past);
// nc: the columns of a packed B block.
constexpr int64_t KC = 1024, MC = 120, NC = 2048;

// Below this many multiply-adds packing costs more than it saves.
constexpr int64_t kSmallProduct = 32 * 32 * 32;

template <class T>
std::vector<T>& scratch(int which) {
  static std::vector<T> buffers[2];  // the engine runs on one thread
  return buffers[which];
}

// B[k0.., j0..] (kc×nc) → panels of NR columns: panel p holds rows k, each NR values,
// zero-padded past the last column.
template <class T, int NR>
void pack_b(int64_t kc, int64_t nc, const T* B, MatrixRef b, T* out) {
  for (int64_t j0 = 0; j0 < nc; j0 += NR) {
    const int64_t nr = std::min<int64_t>(NR, nc - j0);
    const T* col = B + j0 * b.col_stride;
    if (nr == NR && b.col_stride == 1) {
      for (int64_t k = 0; k < kc; ++k, out += NR) std::copy_n(col + k * b.row_stride, NR, out);
    } else {
      for (int64_t k = 0; k < kc; ++k, out += NR) {
        const T* row = col + k * b.row_stride;
        int64_t j = 0;
        for (; j < nr; ++j) out[j] = row[j * b.col_stride];
        for (; j < NR; ++j) out[j] = T(0);
      }
    }
  }
}

// A[i0.., k0..] (mc×kc) → panels of MR rows: panel p holds columns k, each MR values,
// zero-padded past the last row.
template <class T, int MR>
void pack_a(int64_t mc, int64_t kc, const T* A, MatrixRef a, T* out) {
  for (int64_t i0 = 0; i0 < mc; i0 += MR) {
    const int64_t mr = std::min<int64_t>(MR, mc - i0);
    const T* rows = A + i0 * a.row_stride;
    for (int64_t k = 0; k < kc; ++k, out += MR) {
      const T* col = rows + k * a.col_stride;
      int64_t i = 0;
      for (; i < mr; ++i) out[i] = col[i * a.row_stride];
      for (; i < MR; ++i) out[i] = T(0);
    }
  }
}

// A tile: from zero, or continuing the sums C holds.
template <class Tile, class T>
void full_tile(int64_t kc, const T* a, const T* b, T* c, int64_t ldc, bool on) {
  if (on) Tile::run_on(kc, a, b, c, ldc);
  else Tile::run(kc, a, b, c, ldc);
}

// A tile at C's edge: computed in full in a local tile (holding C's part of it when the
// sums continue), then that part is copied back.
template <class Tile, class T>
void edge_tile(int64_t kc, const T* a, const T* b, T* c, int64_t ldc, int64_t mr, int64_t nr, bool on) {
  alignas(16) T tile[Tile::MR * Tile::NR] = {};
  if (on)
    for (int64_t i = 0; i < mr; ++i) std::copy_n(c + i * ldc, nr, tile + i * Tile::NR);
  full_tile<Tile>(kc, a, b, tile, Tile::NR, on);
  for (int64_t i = 0; i < mr; ++i) std::copy_n(tile + i * Tile::NR, nr, c + i * ldc);
}

template <class Tile, class T>
void gemm_packed(int64_t M, int64_t N, int64_t K, const T* A, MatrixRef a, const T* B, MatrixRef b, T* C,
                 int64_t ldc, bool accumulate) {
  constexpr int MR = Tile::MR, NR = Tile::NR;
  std::vector<T>& bpack = scratch<T>(0);
  std::vector<T>& apack = scratch<T>(1);
  bpack.resize(size_t(KC * ((std::min(N, NC) + NR - 1) / NR * NR)));
  apack.resize(size_t(KC * ((std::min(M, MC) + MR - 1) / MR * MR)));
  for (int64_t j0 = 0; j0 < N; j0 += NC) {
    const int64_t nc = std::min(NC, N - j0);
    for (int64_t k0 = 0; k0 < K; k0 += KC) {
      const int64_t kc = std::min(KC, K - k0);
      const bool on = accumulate || k0 > 0;
      pack_b<T, NR>(kc, nc, B + k0 * b.row_stride + j0 * b.col_stride, b, bpack.data());
      for (int64_t i0 = 0; i0 < M; i0 += MC) {
        const int64_t mc = std::min(MC, M - i0);
        pack_a<T, MR>(mc, kc, A + i0 * a.row_stride + k0 * a.col_stride, a, apack.data());
        for (int64_t jr = 0; jr < nc; jr += NR) {
          const T* bp = bpack.data() + jr * kc;
          const int64_t nr = std::min<int64_t>(NR, nc - jr);
          for (int64_t ir = 0; ir < mc; ir += MR) {
            const T* ap = apack.data() + ir * kc;
            T* c = C + (i0 + ir) * ldc + j0 + jr;
            const int64_t mr = std::min<int64_t>(MR, mc - ir);
            if (mr == MR && nr == NR) full_tile<Tile>(kc, ap, bp, c, ldc, on);
            else edge_tile<Tile>(kc, ap, bp, c, ldc, mr, nr, on);
          }
        }
      }
    }
  }
}

// i-k-j order for small products: the innermost loop streams a row of B into a row of C.
template <class T>
void gemm_small(int64_t M, int64_t N, int64_t K, const T* A, MatrixRef a, const T* B, MatrixRef b, T* C,
                int64_t ldc, bool accumulate) {
  for (int64_t i = 0; i < M; ++i) {
    T* c = C + i * ldc;
    if (!accumulate) std::fill_n(c, N, T(0));
    for (int64_t k = 0; k < K; ++k) {
      const T aik = A[i * a.row_stride + k * a.col_stride];
      const T* bk = B + k * b.row_stride;
      if (b.col_stride == 1)
        for (int64_t j = 0; j < N; ++j) c[j] += aik * bk[j];
      else
        for (int64_t j = 0; j < N; ++j) c[j] += aik * bk[j * b.col_stride];
    }
  }
}

template <class Tile, class T>
void gemm(int64_t M, int64_t N, int64_t K, const T* A, MatrixRef a, const T* B, MatrixRef b, T* C, int64_t ldc,
          bool accumulate) {
  if (M == 0 || N == 0) return;
  if (K == 0) {
    if (!accumulate)
      for (int64_t i = 0; i < M; ++i) std::fill_n(C + i * ldc, N, T(0));
    return;
  }
  if (M * N * K <= kSmallProduct) gemm_small(M, N, K, A, a, B, b, C, ldc, accumulate);
  else gemm_packed<Tile>(M, N, K, A, a, B, b, C, ldc, accumulate);
}

}  // namespace

void matmul_f32(int64_t M, int64_t N, int64_t K, const float* A, MatrixRef a, const float* B, MatrixRef b, float* C,
                int64_t c_row_stride, bool accumulate) {
  gemm<GemmTileF32>(M, N, K, A, a, B, b, C, c_row_stride, accumulate);
}

void matmul_f64(int64_t M, int64_t N, int64_t K, const double* A, MatrixRef a, const double* B, MatrixRef b,
                double* C, int64_t c_row_stride, bool accumulate) {
  gemm<GemmTileF64>(M, N, K, A, a, B, b, C, c_row_stride, accumulate);
}

}  // namespace gb
