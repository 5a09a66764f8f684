#include "kernels/reduce.h"

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

namespace gb {

double sum_f32_as_f64(const float* x, int64_t n) {
  int64_t i = 0;
  double total = 0;
#ifdef __wasm_simd128__
  // Four float64 pairs, fed by widening four floats at a time (two per pair).
  v128_t acc0 = wasm_f64x2_splat(0), acc1 = acc0, acc2 = acc0, acc3 = acc0;
  for (; i + 8 <= n; i += 8) {
    const v128_t a = wasm_v128_load(x + i), b = wasm_v128_load(x + i + 4);
    acc0 = wasm_f64x2_add(acc0, wasm_f64x2_promote_low_f32x4(a));
    acc1 = wasm_f64x2_add(acc1, wasm_f64x2_promote_low_f32x4(wasm_i64x2_shuffle(a, a, 1, 0)));
    acc2 = wasm_f64x2_add(acc2, wasm_f64x2_promote_low_f32x4(b));
    acc3 = wasm_f64x2_add(acc3, wasm_f64x2_promote_low_f32x4(wasm_i64x2_shuffle(b, b, 1, 0)));
  }
  const v128_t sum = wasm_f64x2_add(wasm_f64x2_add(acc0, acc1), wasm_f64x2_add(acc2, acc3));
  total = wasm_f64x2_extract_lane(sum, 0) + wasm_f64x2_extract_lane(sum, 1);
#endif
  for (; i < n; ++i) total += double(x[i]);
  return total;
}

}  // namespace gb
