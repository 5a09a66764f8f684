#pragma once
// float32 exp, log and log1p exactly as PyTorch's vectorised CPU kernels compute them (its
// AVX2 build evaluates them with SLEEF's 1-ulp algorithms, multiply-adds fused). Fused ops
// such as softmax and the losses call these so their results match PyTorch bit for bit;
// the C library's expf/logf round differently in about one case in ten.
#include <cmath>
#include <cstdint>
#include <limits>

#include "kernels/float_bits.h"
#include "kernels/fused_multiply_add.h"

namespace gb::vecmath {

inline float fma(float a, float b, float c) { return fused_multiply_add(a, b, c); }

// 2^q for q in the normal exponent range, built from its bits.
inline float pow2i(int32_t q) { return float_from_bits(uint32_t(q + 0x7f) << 23); }
// d · 2^q in two steps, so q may exceed one float exponent's range.
inline float ldexp2(float d, int32_t q) { return d * pow2i(q >> 1) * pow2i(q - (q >> 1)); }
// d · 2^q by adding to the exponent bits (d and the result must be normal).
inline float ldexp3(float d, int32_t q) { return float_from_bits(float_to_bits(d) + (uint32_t(q) << 23)); }
inline int32_t ilogb2(float d) { return int32_t((float_to_bits(d) >> 23) & 0xff) - 0x7f; }
// Round to nearest, ties to even, as cvtps2dq does (NaN and overflow give INT32_MIN).
inline int32_t rint(float d) {
  if (!(std::fabs(d) < 2147483648.0f)) return std::numeric_limits<int32_t>::min();
  return int32_t(std::nearbyint(d));
}

// A float carried as an unevaluated sum hi + lo, for extra precision.
struct Pair {
  float hi, lo;
};

inline Pair add2(float x, float y) {  // exact sum of two floats
  const float s = x + y, v = s - x;
  return {s, (x - (s - v)) + (y - v)};
}
inline Pair add_fast(float x, float y) {  // |x| >= |y|
  const float s = x + y;
  return {s, (x - s) + y};
}
inline Pair add(Pair x, Pair y) {  // |x| >= |y|
  const float s = x.hi + y.hi;
  return {s, (((x.hi - s) + y.hi) + x.lo) + y.lo};
}
inline Pair add(Pair x, float y) {  // |x| >= |y|
  const float s = x.hi + y;
  return {s, ((x.hi - s) + y) + x.lo};
}
inline Pair scale(Pair x, float s) { return {x.hi * s, x.lo * s}; }
inline Pair mul(Pair x, float y) {
  const float hi = x.hi * y;
  return {hi, fma(x.lo, y, fma(x.hi, y, -hi))};
}
inline Pair div(Pair n, Pair d) {
  const float t = 1.0f / d.hi;
  const float q = n.hi * t;
  const float u = fma(t, n.hi, -q);
  float lo = fma(-d.lo, t, fma(-d.hi, t, 1.0f));
  lo = fma(q, lo, fma(n.lo, t, u));
  return {q, lo};
}

constexpr float kLn2Hi = 0.693145751953125f, kLn2Lo = 1.428606765330187045e-06f;
constexpr float kInvLn2 = 1.442695040888963407359924681001892137426645954152985934135449406931f;
const Pair kLn2 = {0.69314718246459960938f, -1.904654323148236017e-09f};

inline float exp(float d) {
  const int32_t q = rint(d * kInvLn2);
  float s = fma(float(q), -kLn2Hi, d);
  s = fma(float(q), -kLn2Lo, s);
  float u = 0.000198527617612853646278381f;
  u = fma(u, s, 0.00139304355252534151077271f);
  u = fma(u, s, 0.00833336077630519866943359f);
  u = fma(u, s, 0.0416664853692054748535156f);
  u = fma(u, s, 0.166666671633720397949219f);
  u = fma(u, s, 0.5f);
  u = 1.0f + fma(s * s, u, s);
  u = ldexp2(u, q);
  if (d < -104) u = 0;
  if (d > 100) u = INFINITY;
  return u;
}

// The shared tail of log and log1p: s + 2x + x³·t(x²), summed in extra precision.
inline float log_series(Pair s, Pair x) {
  const float x2 = x.hi * x.hi;
  float t = 0.3027294874f;
  t = fma(t, x2, 0.3996108174f);
  t = fma(t, x2, 0.6666694880f);
  s = add(s, scale(x, 2));
  s = add(s, x2 * x.hi * t);
  return s.hi + s.lo;
}

inline float log(float d) {
  const float input = d;
  const bool tiny = d < std::numeric_limits<float>::min();
  if (tiny) d *= 0x1p64f;
  int32_t e = ilogb2(d * (1.0f / 0.75f));
  const float m = ldexp3(d, -e);
  if (tiny) e -= 64;
  const Pair s = mul(kLn2, float(e));
  const Pair x = div(add2(-1.0f, m), add2(1.0f, m));
  float r = log_series(s, x);
  if (input == INFINITY) r = INFINITY;
  if (input < 0 || std::isnan(input)) r = NAN;
  if (input == 0) r = -INFINITY;
  return r;
}

inline float log1p(float d) {
  float dp1 = d + 1.0f;
  const bool tiny = dp1 < std::numeric_limits<float>::min();
  if (tiny) dp1 *= 0x1p64f;
  int32_t e = ilogb2(dp1 * (1.0f / 0.75f));
  const float t = ldexp3(1.0f, -e);
  const float m = fma(d, t, t - 1.0f);
  if (tiny) e -= 64;
  const Pair s = mul(kLn2, float(e));
  const Pair x = div({m, 0.0f}, add_fast(2.0f, m));
  float r = log_series(s, x);
  if (d > 1e+38f) r = INFINITY;
  if (-1 > d || std::isnan(d)) r = NAN;
  if (d == -1) r = -INFINITY;
  if (d == 0 && std::signbit(d)) r = -0.0f;
  return r;
}

}  // namespace gb::vecmath
