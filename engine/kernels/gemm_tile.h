#pragma once
// The register-blocked heart of matmul: an MR×NR tile of C accumulated in registers over
// kc steps of packed operands.
//   a: kc groups of MR values (column k of an A block, packed by pack_a)
//   b: kc groups of NR values (row k of a B block, packed by pack_b)
//   c: the tile (row stride ldc); `add` keeps what c holds, else it is overwritten.
// A tile sums its kc products in k order. It is never inlined: inside the blocking loops
// V8's register allocator spills its accumulators (measured: 34 instead of 59 GFLOP/s).
#include <cstdint>

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

namespace gb {

#ifdef __wasm_simd128__

// V8 gives wasm 15 vector registers on x64: 5×2 accumulators, 2 B vectors, a splat and a
// product fit; a sixth row spills (measured: 5×8 runs at ~60 GFLOP/s in L1, 6×8 at ~33).
struct GemmTileF32 {
  static constexpr int MR = 5, NR = 8;
  [[gnu::noinline]] static void run(int64_t kc, const float* a, const float* b, float* c, int64_t ldc, bool add) {
    v128_t acc[MR][2];
    for (int i = 0; i < MR; ++i) acc[i][0] = acc[i][1] = wasm_f32x4_splat(0.0f);
    for (int64_t k = 0; k < kc; ++k, a += MR, b += NR) {
      const v128_t b0 = wasm_v128_load(b), b1 = wasm_v128_load(b + 4);
      for (int i = 0; i < MR; ++i) {
        const v128_t ai = wasm_v128_load32_splat(a + i);
        acc[i][0] = wasm_f32x4_add(acc[i][0], wasm_f32x4_mul(ai, b0));
        acc[i][1] = wasm_f32x4_add(acc[i][1], wasm_f32x4_mul(ai, b1));
      }
    }
    for (int i = 0; i < MR; ++i) {
      float* row = c + i * ldc;
      if (add) {
        acc[i][0] = wasm_f32x4_add(wasm_v128_load(row), acc[i][0]);
        acc[i][1] = wasm_f32x4_add(wasm_v128_load(row + 4), acc[i][1]);
      }
      wasm_v128_store(row, acc[i][0]);
      wasm_v128_store(row + 4, acc[i][1]);
    }
  }
};

struct GemmTileF64 {
  static constexpr int MR = 5, NR = 4;
  [[gnu::noinline]] static void run(int64_t kc, const double* a, const double* b, double* c, int64_t ldc, bool add) {
    v128_t acc[MR][2];
    for (int i = 0; i < MR; ++i) acc[i][0] = acc[i][1] = wasm_f64x2_splat(0.0);
    for (int64_t k = 0; k < kc; ++k, a += MR, b += NR) {
      const v128_t b0 = wasm_v128_load(b), b1 = wasm_v128_load(b + 2);
      for (int i = 0; i < MR; ++i) {
        const v128_t ai = wasm_v128_load64_splat(a + i);
        acc[i][0] = wasm_f64x2_add(acc[i][0], wasm_f64x2_mul(ai, b0));
        acc[i][1] = wasm_f64x2_add(acc[i][1], wasm_f64x2_mul(ai, b1));
      }
    }
    for (int i = 0; i < MR; ++i) {
      double* row = c + i * ldc;
      if (add) {
        acc[i][0] = wasm_f64x2_add(wasm_v128_load(row), acc[i][0]);
        acc[i][1] = wasm_f64x2_add(wasm_v128_load(row + 2), acc[i][1]);
      }
      wasm_v128_store(row, acc[i][0]);
      wasm_v128_store(row + 2, acc[i][1]);
    }
  }
};

#else

// Portable form: fixed-size loops a native compiler turns into its own vector code
// (g++ -O3 -march=native with AVX-512: about 220 GFLOP/s for 8×32 floats).
template <class T, int Rows, int Cols>
struct GemmTilePortable {
  static constexpr int MR = Rows, NR = Cols;
  [[gnu::noinline]] static void run(int64_t kc, const T* a, const T* b, T* c, int64_t ldc, bool add) {
    T acc[MR][NR] = {};
    for (int64_t k = 0; k < kc; ++k, a += MR, b += NR)
      for (int i = 0; i < MR; ++i)
        for (int j = 0; j < NR; ++j) acc[i][j] += a[i] * b[j];
    for (int i = 0; i < MR; ++i)
      for (int j = 0; j < NR; ++j) c[i * ldc + j] = add ? c[i * ldc + j] + acc[i][j] : acc[i][j];
  }
};
using GemmTileF32 = GemmTilePortable<float, 8, 32>;
using GemmTileF64 = GemmTilePortable<double, 8, 16>;

#endif

}  // namespace gb
