#pragma once
// float32 gelu (the erf form) and its derivative exactly as oneDNN's JIT eltwise kernels
// compute them. PyTorch 1.13's CPU build hands a contiguous float32 tensor of more than one
// element to oneDNN instead of its own GeluKernel, in both directions, so these decide the bits
// a learner sees in the common case. Both use erf by Abramowitz & Stegun 7.1.26 with oneDNN's
// own exp (a degree-5 polynomial scaled by 2^n, not SLEEF's), multiply-adds fused; the constants
// are oneDNN's float bit patterns.
#include <cmath>
#include <cstdint>
#include <initializer_list>

#include "kernels/float_bits.h"
#include "kernels/fused_multiply_add.h"

namespace gb::onednn {

// exp(x) = 2·2^(n-1)·p(r), n = ⌊x·log2(e) + ½⌋, r = x - n·ln 2; 0 below ln(FLT_MIN).
inline float exp(float x) {
  const float ln_flt_min = float_from_bits(0xc2aeac50), ln_flt_max = float_from_bits(0x42b17218);
  const bool underflows = x < ln_flt_min;
  x = std::fmax(std::fmin(x, ln_flt_max), ln_flt_min);
  const float n = std::floor(x * float_from_bits(0x3fb8aa3b) + 0.5f);
  const float r = fused_multiply_add(-n, float_from_bits(0x3f317218), x);
  // 2^(n-1): n may reach 128, whose power of two a float cannot hold.
  const float scale = underflows ? 0.0f : float_from_bits(uint32_t(int32_t(n - 1.0f) + 127) << 23);
  float p = float_from_bits(0x3c07cfce);
  for (uint32_t c : {0x3d2b9d0du, 0x3e2aad40u, 0x3efffee3u, 0x3f7ffffbu, 0x3f800000u})
    p = fused_multiply_add(p, r, float_from_bits(c));
  return p * scale * 2.0f;
}

// 1 - (r(t)·t)·exp(-x²) with t = 1/(1 + p|x|), signed as x: erf(x) given e = exp(-x²).
inline float erf_from_exp(float x, float e) {
  const float t = 1.0f / fused_multiply_add(float_from_bits(0x3ea7ba05), std::fabs(x), 1.0f);
  float r = float_from_bits(0x3f87dc22);
  for (uint32_t c : {0xbfba00e3u, 0x3fb5f0e3u, 0xbe91a98eu, 0x3e827906u}) r = fused_multiply_add(r, t, float_from_bits(c));
  return std::copysign(fused_multiply_add(-e * t, r, 1.0f), x);
}

constexpr uint32_t kOneOverSqrt2 = 0x3f3504f3, kOneOverSqrtPi = 0x3f106eba;

// gelu(s) = s/2 + s/2·erf(s/√2)
inline float gelu(float s) {
  const float x = s * float_from_bits(kOneOverSqrt2);
  const float half = s * 0.5f;
  return fused_multiply_add(erf_from_exp(x, exp(-(x * x))), half, half);
}

// gelu'(s) = (½ + x/√π·exp(-x²)) + ½·erf(x), x = s/√2
inline float gelu_derivative(float s) {
  const float x = s * float_from_bits(kOneOverSqrt2);
  const float e = exp(-(x * x));
  const float density = x * float_from_bits(kOneOverSqrtPi) * e;
  return fused_multiply_add(erf_from_exp(x, e), 0.5f, density + 0.5f);
}

}  // namespace gb::onednn
