#pragma once
// dst[i·ds] = fused_multiply_add(src[i·ss], a, dst[i·ds]) for i < count: one rounding per
// multiply-add, as an x86 FMA instruction (oneDNN's convolutions are chains of these).
// WebAssembly's baseline SIMD has no fused multiply-add, so the SIMD form works in float64
// lanes: the product of two floats is exact there, the sum is rounded to odd (rounded to
// nearest, then, if that was inexact and landed on an even mantissa, moved one step towards
// the exact sum), and rounding that to float is the correctly rounded fused result — round-
// to-odd with 53 ≥ 24 + 2 bits never rounds twice the wrong way. Same bits as the scalar form.
#include <cstdint>

#include "kernels/fused_multiply_add.h"

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

namespace gb {

#ifdef __wasm_simd128__
// fused(p·a + c) for two lanes already in float64.
inline v128_t fused_multiply_add_f64x2(v128_t p, v128_t a, v128_t c) {
  const v128_t product = wasm_f64x2_mul(p, a);  // exact
  const v128_t s = wasm_f64x2_add(product, c);
  // two-sum: the error e of s, exactly (NaN when s overflowed, then never used)
  const v128_t c_part = wasm_f64x2_sub(s, product);
  const v128_t e = wasm_f64x2_add(wasm_f64x2_sub(product, wasm_f64x2_sub(s, c_part)), wasm_f64x2_sub(c, c_part));
  const v128_t zero = wasm_f64x2_splat(0.0);
  const v128_t e_up = wasm_f64x2_gt(e, zero);
  const v128_t inexact = wasm_v128_or(e_up, wasm_f64x2_lt(e, zero));
  const v128_t even = wasm_i64x2_eq(wasm_v128_and(s, wasm_i64x2_splat(1)), wasm_i64x2_splat(0));
  // One step away from zero (+1 on the bits) when e has s's sign, towards zero (−1) otherwise.
  const v128_t step = wasm_v128_or(wasm_v128_xor(e_up, wasm_f64x2_gt(s, zero)), wasm_i64x2_splat(1));
  return wasm_i64x2_add(s, wasm_v128_and(step, wasm_v128_and(inexact, even)));
}
#endif

inline void fused_multiply_add_row(int64_t count, float a, const float* src, int64_t src_stride, float* dst,
                                   int64_t dst_stride) {
  int64_t i = 0;
#ifdef __wasm_simd128__
  const v128_t a2 = wasm_f64x2_splat(double(a));
  if (src_stride == 1 && dst_stride == 1) {
    for (; i + 4 <= count; i += 4) {
      const v128_t p = wasm_v128_load(src + i), c = wasm_v128_load(dst + i);
      const v128_t low = fused_multiply_add_f64x2(wasm_f64x2_promote_low_f32x4(p), a2, wasm_f64x2_promote_low_f32x4(c));
      const v128_t high = fused_multiply_add_f64x2(wasm_f64x2_promote_low_f32x4(wasm_i64x2_shuffle(p, p, 1, 0)), a2,
                                                   wasm_f64x2_promote_low_f32x4(wasm_i64x2_shuffle(c, c, 1, 0)));
      wasm_v128_store(dst + i, wasm_i64x2_shuffle(wasm_f32x4_demote_f64x2_zero(low), wasm_f32x4_demote_f64x2_zero(high), 0, 2));
    }
  }
  for (; i + 2 <= count; i += 2) {
    float* d0 = dst + i * dst_stride;
    float* d1 = d0 + dst_stride;
    const v128_t p = wasm_f64x2_make(double(src[i * src_stride]), double(src[(i + 1) * src_stride]));
    const v128_t r = wasm_f32x4_demote_f64x2_zero(fused_multiply_add_f64x2(p, a2, wasm_f64x2_make(double(*d0), double(*d1))));
    *d0 = wasm_f32x4_extract_lane(r, 0);
    *d1 = wasm_f32x4_extract_lane(r, 1);
  }
#endif
  for (; i < count; ++i) {
    float& d = dst[i * dst_stride];
    d = fused_multiply_add(src[i * src_stride], a, d);
  }
}

}  // namespace gb
