#pragma once
// Single-precision log and sincos as PyTorch's AVX2 normal sampler evaluates them: the Cephes
// polynomials of avx_mathfun, with each multiply-add fused or not exactly as the compiled
// kernel does. The normal distribution's float32 fill path is bit-exact only through these.
#include <cstdint>

#include "kernels/float_bits.h"
#include "kernels/fused_multiply_add.h"

namespace gb::cephes {

inline float fma(float a, float b, float c) { return fused_multiply_add(a, b, c); }

// ln(x) for x in (0, 1] (the sampler never passes anything else).
inline float log(float x) {
  static constexpr uint32_t kP[9] = {0x3d9021bb, 0xbdebd1b8, 0x3def251a, 0xbdfe5d4f, 0x3e11e9bf,
                                     0xbe2aae50, 0x3e4cceac, 0xbe7ffffc, 0x3eaaaaaa};
  const float kSqrtHalf = float_from_bits(0x3F3504F3), kQ1 = float_from_bits(0xb95e8083), kQ2 = float_from_bits(0x3f318000);
  const bool invalid = !(x > 0);
  if (!(x >= 0x1p-126f)) x = 0x1p-126f;
  const uint32_t bits = float_to_bits(x);
  float e = float(int32_t(bits >> 23) - 127);
  x = float_from_bits((bits & ~0x7F800000u) | 0x3F000000u);  // mantissa in [0.5, 1)
  e = e + 1.0f;
  float tmp = 0.0f;
  if (x < kSqrtHalf) {
    tmp = x;
    e = e - 1.0f;
  }
  x = (x - 1.0f) + tmp;
  const float z = x * x;
  float y = float_from_bits(kP[0]);
  for (int k = 1; k < 9; ++k) y = fma(y, x, float_from_bits(kP[k]));
  y = y * x;
  y = fma(y, z, e * kQ1);
  y = fma(-z, 0.5f, y);
  x = x + y;
  x = fma(e, kQ2, x);
  return invalid ? __builtin_nanf("") : x;
}

struct SinCos {
  float sin, cos;
};

inline SinCos sincos(float x) {
  const float kFourOverPi = float_from_bits(0x3FA2F983);
  const float kDP1 = float_from_bits(0xbf490000), kDP2 = float_from_bits(0xb97da000), kDP3 = float_from_bits(0xb3222169);
  const float kC0 = float_from_bits(0x37ccf5ce), kC1 = float_from_bits(0xbab6061a), kC2 = float_from_bits(0x3d2aaaa5);
  const float kS0 = float_from_bits(0xb94ca1f9), kS1 = float_from_bits(0x3c08839e), kS2 = float_from_bits(0xbe2aaaa3);
  bool sign_sin = float_to_bits(x) >> 31;
  x = float_from_bits(float_to_bits(x) & 0x7FFFFFFFu);
  // Octant j (rounded up to even) and the reduced argument x - j·π/4 in three parts.
  const float scaled = x * kFourOverPi;
  int32_t j = scaled < 2147483648.0f ? int32_t(scaled) : INT32_MIN;  // cvttps2dq
  j = int32_t((uint32_t(j) + 1u) & ~1u);
  const float y = float(j);
  const bool swap = (j & 4) != 0, use_sin_poly = (j & 2) == 0;
  const bool sign_cos = (~(uint32_t(j) - 2u) & 4u) != 0;
  sign_sin = sign_sin != swap;
  x = fma(y, kDP1, x);
  x = fma(y, kDP2, x);
  x = fma(y, kDP3, x);
  const float z = x * x;
  float yc = fma(kC0, z, kC1);
  yc = fma(yc, z, kC2);
  yc = yc * z;
  yc = fma(yc, z, -(z * 0.5f));
  yc = yc + 1.0f;
  float ys = fma(kS0, z, kS1);
  ys = fma(ys, z, kS2);
  ys = ys * z;
  ys = fma(ys, x, x);
  // Branch-free selection as compiled; it decides the signs of zero results.
  const float sin_part = use_sin_poly ? ys : 0.0f, cos_part = use_sin_poly ? 0.0f : yc;
  float s = cos_part + sin_part;
  float c = (ys - sin_part) + (yc - cos_part);
  return {sign_sin ? -s : s, sign_cos ? -c : c};
}

}  // namespace gb::cephes
