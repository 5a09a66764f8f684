#pragma once
// The register-blocked heart of matmul: an MR×NR tile of C accumulated in registers over
// kc steps of packed operands.
//   a: kc groups of MR values (column k of an A block, packed by pack_a)
//   b: kc groups of NR values (row k of a B block, packed by pack_b)
//   c: the tile (row stride ldc); run() overwrites it with sums starting from zero,
//      run_on() continues the sums from what it holds.
// Every element of c is one running sum, c + a0·b0 + a1·b1 + ..., each product rounded and
// then added, in k order: exactly how the reference BLAS behind PyTorch's CPU build sums,
// so products print PyTorch's digits. A tile is never inlined: inside the blocking loops
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
  [[gnu::noinline]] static void run(int64_t kc, const float* a, const float* b, float* c, int64_t ldc) {
    v128_t acc[MR][2];
    for (int i = 0; i < MR; ++i) acc[i][0] = acc[i][1] = wasm_f32x4_splat(0.0f);
    accumulate(acc, kc, a, b);
    store(acc, c, ldc);
  }
  [[gnu::noinline]] static void run_on(int64_t kc, const float* a, const float* b, float* c, int64_t ldc) {
    v128_t acc[MR][2];
    for (int i = 0; i < MR; ++i) {
      acc[i][0] = wasm_v128_load(c + i * ldc);
      acc[i][1] = wasm_v128_load(c + i * ldc + 4);
    }
    accumulate(acc, kc, a, b);
    store(acc, c, ldc);
  }

 private:
  static void accumulate(v128_t (&acc)[MR][2], int64_t kc, const float* a, const float* b) {
    for (int64_t k = 0; k < kc; ++k, a += MR, b += NR) {
      const v128_t b0 = wasm_v128_load(b), b1 = wasm_v128_load(b + 4);
      for (int i = 0; i < MR; ++i) {
        const v128_t ai = wasm_v128_load32_splat(a + i);
        acc[i][0] = wasm_f32x4_add(acc[i][0], wasm_f32x4_mul(ai, b0));
        acc[i][1] = wasm_f32x4_add(acc[i][1], wasm_f32x4_mul(ai, b1));
      }
    }
  }
  static void store(const v128_t (&acc)[MR][2], float* c, int64_t ldc) {
    for (int i = 0; i < MR; ++i) {
      wasm_v128_store(c + i * ldc, acc[i][0]);
      wasm_v128_store(c + i * ldc + 4, acc[i][1]);
    }
  }
};

struct GemmTileF64 {
  static constexpr int MR = 5, NR = 4;
  [[gnu::noinline]] static void run(int64_t kc, const double* a, const double* b, double* c, int64_t ldc) {
    v128_t acc[MR][2];
    for (int i = 0; i < MR; ++i) acc[i][0] = acc[i][1] = wasm_f64x2_splat(0.0);
    accumulate(acc, kc, a, b);
    store(acc, c, ldc);
  }
  [[gnu::noinline]] static void run_on(int64_t kc, const double* a, const double* b, double* c, int64_t ldc) {
    v128_t acc[MR][2];
    for (int i = 0; i < MR; ++i) {
      acc[i][0] = wasm_v128_load(c + i * ldc);
      acc[i][1] = wasm_v128_load(c + i * ldc + 2);
    }
    accumulate(acc, kc, a, b);
    store(acc, c, ldc);
  }

 private:
  static void accumulate(v128_t (&acc)[MR][2], int64_t kc, const double* a, const double* b) {
    for (int64_t k = 0; k < kc; ++k, a += MR, b += NR) {
      const v128_t b0 = wasm_v128_load(b), b1 = wasm_v128_load(b + 2);
      for (int i = 0; i < MR; ++i) {
        const v128_t ai = wasm_v128_load64_splat(a + i);
        acc[i][0] = wasm_f64x2_add(acc[i][0], wasm_f64x2_mul(ai, b0));
        acc[i][1] = wasm_f64x2_add(acc[i][1], wasm_f64x2_mul(ai, b1));
      }
    }
  }
  static void store(const v128_t (&acc)[MR][2], double* c, int64_t ldc) {
    for (int i = 0; i < MR; ++i) {
      wasm_v128_store(c + i * ldc, acc[i][0]);
      wasm_v128_store(c + i * ldc + 2, acc[i][1]);
    }
  }
};

#else

// Portable form: fixed-size loops a native compiler turns into its own vector code
// (g++ -O3 -march=native with AVX-512: about 220 GFLOP/s for 8×32 floats).
template <class T, int Rows, int Cols>
struct GemmTilePortable {
  static constexpr int MR = Rows, NR = Cols;
  static void run(int64_t kc, const T* a, const T* b, T* c, int64_t ldc) {
    T acc[MR][NR] = {};
    accumulate(acc, kc, a, b);
    store(acc, c, ldc);
  }
  static void run_on(int64_t kc, const T* a, const T* b, T* c, int64_t ldc) {
    T acc[MR][NR];
    for (int i = 0; i < MR; ++i)
      for (int j = 0; j < NR; ++j) acc[i][j] = c[i * ldc + j];
    accumulate(acc, kc, a, b);
    store(acc, c, ldc);
  }

 private:
  static void accumulate(T (&acc)[MR][NR], int64_t kc, const T* a, const T* b) {
    for (int64_t k = 0; k < kc; ++k, a += MR, b += NR)
      for (int i = 0; i < MR; ++i)
        for (int j = 0; j < NR; ++j) acc[i][j] += a[i] * b[j];
  }
  static void store(const T (&acc)[MR][NR], T* c, int64_t ldc) {
    for (int i = 0; i < MR; ++i)
      for (int j = 0; j < NR; ++j) c[i * ldc + j] = acc[i][j];
  }
};
using GemmTileF32 = GemmTilePortable<float, 8, 32>;
using GemmTileF64 = GemmTilePortable<double, 8, 16>;

#endif

}  // namespace gb
