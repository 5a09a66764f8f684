#pragma once
// float32 x^y exactly as PyTorch's vectorised CPU kernel computes it: its AVX2 build evaluates
// pow with SLEEF's 1-ulp algorithm, e^(y · ln x) with both steps carried in float pairs and the
// multiply-adds fused. The C library rounds differently in about one case in a thousand, enough
// for a training loop's loss to drift in its last digits (x ** 4 in a polynomial fit).
#include <algorithm>
#include <cmath>
#include <cstdint>

#include "kernels/vector_math.h"

namespace gb::vecmath {

// ln d for d > 0, as a pair: the log series one term longer than log's, for pow's precision.
inline Pair log_pair(float d) {
  const auto [x, e] = log_reduction(d);
  const Pair x2 = square(x);
  float t = 0.240320354700088500976562f;
  t = fma(t, x2.hi, 0.285112679004669189453125f);
  t = fma(t, x2.hi, 0.400007992982864379882812f);
  const Pair c = {0.66666662693023681640625f, 3.69183861259614332084311e-09f};
  const Pair s = add(mul(kLn2, float(e)), scale(x, 2));
  return add(s, mul(mul(x2, x), add2(mul(x2, t), c)));
}

// d · 2^q for any q: four equal steps of at most 2^±127 (saturating, so a result too large
// becomes infinite) and one last step for the rest.
inline float ldexp_saturating(float d, int32_t q) {
  int32_t m = q >> 31;
  m = (((m + q) >> 6) - m) << 4;
  q -= m << 2;
  m = std::clamp(m + 0x7f, 0, 0xff);
  const float u = float_from_bits(uint32_t(m) << 23);
  return d * u * u * u * u * pow2i(q);
}

// e^(hi + lo), rounded to a float.
inline float exp_of_pair(Pair d) {
  const int32_t q = rint((d.hi + d.lo) * kInvLn2);
  Pair s = add2(d, float(q) * -kLn2Hi);
  s = normalize(add2(s, float(q) * -kLn2Lo));
  float u = 0.00136324646882712841033936f;
  u = fma(u, s.hi, 0.00836596917361021041870117f);
  u = fma(u, s.hi, 0.0416710823774337768554688f);
  u = fma(u, s.hi, 0.166665524244308471679688f);
  u = fma(u, s.hi, 0.499999850988388061523438f);
  const Pair t = add(1.0f, add(s, mul(square(s), u)));
  if (d.hi < -104) return 0;
  return ldexp_saturating(t.hi + t.lo, q);
}

// a with its sign flipped where b is negative (the sign bits xor-ed).
inline float mulsign(float a, float b) { return float_from_bits(float_to_bits(a) ^ (float_to_bits(b) & 0x80000000u)); }

// x^y with C's special cases (negative bases to integer powers, zeros, infinities, NaNs).
inline float pow(float x, float y) {
  const bool y_is_int = std::trunc(y) == y || std::fabs(y) > 0x1p24f;
  const bool y_is_odd = y_is_int && std::fabs(y) < 0x1p24f && (int32_t(y) & 1) == 1;
  float r = exp_of_pair(mul(log_pair(std::fabs(x)), y));
  if (std::isnan(r)) r = INFINITY;
  r *= x > 0 ? 1.0f : y_is_int ? (y_is_odd ? -1.0f : 1.0f) : NAN;
  const float efx = mulsign(std::fabs(x) - 1, y);
  if (std::isinf(y)) r = efx < 0 ? 0.0f : efx == 0 ? 1.0f : INFINITY;
  if (std::isinf(x) || x == 0) r = mulsign(std::signbit(y) != (x == 0) ? 0.0f : INFINITY, y_is_odd ? x : 1.0f);
  if (std::isnan(x) || std::isnan(y)) r = float_from_bits(0xffffffffu);  // all bits set, as SLEEF's mask leaves it
  if (y == 0 || x == 1) r = 1;
  return r;
}

}  // namespace gb::vecmath
