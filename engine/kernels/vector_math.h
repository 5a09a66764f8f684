#pragma once
// float32 exp, log, log1p, log2, log10, expm1, tanh, sin, cos, tan, asin, acos and atan exactly
// as PyTorch's vectorised CPU kernels compute them (its AVX2 build evaluates them with SLEEF's
// 1-ulp algorithms, multiply-adds fused). The elementwise functions and fused ops such as
// softmax and the losses call these so their results match PyTorch bit for bit; the C library
// rounds differently in about one case in ten. The float64 overloads are the C library's.
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
inline Pair add(float x, Pair y) {  // |x| >= |y.hi|
  const float s = x + y.hi;
  return {s, ((x - s) + y.hi) + y.lo};
}
inline Pair add2(Pair x, float y) {  // any magnitudes
  const float s = x.hi + y, v = s - x.hi;
  return {s, ((x.hi - (s - v)) + (y - v)) + x.lo};
}
inline Pair add2(Pair x, Pair y) {  // any magnitudes
  const float s = x.hi + y.hi, v = s - x.hi;
  return {s, ((x.hi - (s - v)) + (y.hi - v)) + (x.lo + y.lo)};
}
inline Pair add2(float x, Pair y) {  // any magnitudes
  const float s = x + y.hi, v = s - x;
  return {s, ((x - (s - v)) + (y.hi - v)) + y.lo};
}
inline Pair sub(Pair x, Pair y) {  // |x| >= |y|
  const float s = x.hi - y.hi;
  return {s, (((x.hi - s) - y.hi) + x.lo) - y.lo};
}
inline Pair sub(Pair x, float y) {  // |x| >= |y|
  const float s = x.hi - y;
  return {s, ((x.hi - s) - y) + x.lo};
}
inline Pair neg(Pair x) { return {-x.hi, -x.lo}; }
inline Pair normalize(Pair x) {
  const float s = x.hi + x.lo;
  return {s, (x.hi - s) + x.lo};
}
inline Pair scale(Pair x, float s) { return {x.hi * s, x.lo * s}; }
inline Pair mul(Pair x, float y) {
  const float hi = x.hi * y;
  return {hi, fma(x.lo, y, fma(x.hi, y, -hi))};
}
inline Pair mul(float x, float y) {  // the exact product
  const float hi = x * y;
  return {hi, fma(x, y, -hi)};
}
inline Pair mul(Pair x, Pair y) {
  const float hi = x.hi * y.hi;
  return {hi, fma(x.hi, y.lo, fma(x.lo, y.hi, fma(x.hi, y.hi, -hi)))};
}
inline float mul_to_float(Pair x, Pair y) { return fma(x.hi, y.hi, fma(x.lo, y.hi, x.hi * y.lo)); }
inline Pair square(Pair x) {
  const float hi = x.hi * x.hi;
  return {hi, fma(x.hi + x.hi, x.lo, fma(x.hi, x.hi, -hi))};
}
inline Pair reciprocal(Pair d) {
  const float t = 1.0f / d.hi;
  return {t, t * fma(-d.lo, t, fma(-d.hi, t, 1.0f))};
}
inline Pair reciprocal(float d) {
  const float t = 1.0f / d;
  return {t, t * fma(-d, t, 1.0f)};
}
inline Pair sqrt(float d) {
  const float t = std::sqrt(d);
  return scale(mul(add2(d, mul(t, t)), reciprocal(t)), 0.5f);
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

// d = m · 2^e with m in [0.75, 1.5), seen through x = (m - 1) / (m + 1), the argument of the
// log series (log m = 2 atanh x).
struct LogReduction {
  Pair x;
  int32_t e;
};
inline LogReduction log_reduction(float d) {
  const bool tiny = d < std::numeric_limits<float>::min();
  if (tiny) d *= 0x1p64f;
  int32_t e = ilogb2(d * (1.0f / 0.75f));
  const float m = ldexp3(d, -e);
  if (tiny) e -= 64;
  return {div(add2(-1.0f, m), add2(1.0f, m)), e};
}

// The special values of log, log2 and log10 (and what the series makes of them otherwise).
inline float log_special(float d, float r) {
  if (d == INFINITY) r = INFINITY;
  if (d < 0 || std::isnan(d)) r = NAN;
  if (d == 0) r = -INFINITY;
  return r;
}

inline float log(float d) {
  const auto [x, e] = log_reduction(d);
  return log_special(d, log_series(mul(kLn2, float(e)), x));
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

// e^d for d = hi + lo, as a pair (the shared core of expm1 and tanh).
inline Pair exp_pair(Pair d) {
  const int32_t q = rint((d.hi + d.lo) * kInvLn2);
  Pair s = add2(d, float(q) * -kLn2Hi);
  s = add2(s, float(q) * -kLn2Lo);
  float u = 0.1980960224e-3f;
  u = fma(u, s.hi, 0.1394256484e-2f);
  u = fma(u, s.hi, 0.8333456703e-2f);
  u = fma(u, s.hi, 0.4166637361e-1f);
  Pair t = add2(mul(s, u), 0.166666659414234244790680580464e+0f);
  t = add2(mul(s, t), 0.5f);
  t = add2(s, mul(square(s), t));
  t = add(1.0f, t);
  if (d.hi < -104) return {0, 0};
  return {ldexp2(t.hi, q), ldexp2(t.lo, q)};
}

inline float expm1(float a) {
  const Pair d = add2(exp_pair({a, 0}), -1.0f);
  float x = d.hi + d.lo;
  if (a > 88.72283172607421875f) x = INFINITY;
  if (a < -16.635532333438687426013570f) x = -1;
  if (a == 0 && std::signbit(a)) x = -0.0f;
  return x;
}

// tanh |x| = (e - 1/e) / (e + 1/e) with e = e^|x|, in pairs; the sign comes back at the end.
inline float tanh(float x) {
  const Pair d = exp_pair({std::fabs(x), 0});
  const Pair e = reciprocal(d);
  const Pair r = div(add(d, neg(e)), add(d, e));
  float y = r.hi + r.lo;
  if (std::fabs(x) > 8.664339742f || std::isnan(y)) y = 1;
  y = std::copysign(y, x);
  return std::isnan(x) ? x : y;
}

// log2 d = e + x·(2/ln 2) + x³·t(x²): the exponent itself is the integer part.
inline float log2(float d) {
  const auto [x, e] = log_reduction(d);
  const float x2 = x.hi * x.hi;
  float t = 0.4374550283f;
  t = fma(t, x2, 0.5764790177f);
  t = fma(t, x2, 0.9618012905120f);
  Pair s = add2(float(e), mul(x, Pair{2.8853900432586669922f, 3.2734474483568488616e-08f}));
  s = add2(s, x2 * x.hi * t);
  return log_special(d, s.hi + s.lo);
}

inline float log10(float d) {
  const auto [x, e] = log_reduction(d);
  const float x2 = x.hi * x.hi;
  float t = 0.1314289868f;
  t = fma(t, x2, 0.1735493541f);
  t = fma(t, x2, 0.2895309627f);
  Pair s = mul(Pair{0.30103001f, -1.432098889e-08f}, float(e));
  s = add(s, mul(x, Pair{0.868588984f, -2.170757285e-08f}));
  s = add(s, x2 * x.hi * t);
  return log_special(d, s.hi + s.lo);
}

// sin and cos reduce by multiples of π (split in three parts for exactness), then evaluate an
// odd polynomial on the remainder in pairs. Beyond |d| = 125 PyTorch switches to a longer
// reduction; there the C library's result stands in.
constexpr float kPiA = 3.1414794921875f, kPiB = 0.00011315941810607910156f, kPiC = 1.9841872589410058936e-09f;
constexpr float kInvPi = 0.318309886183790671537767526745028724f;

inline float sin_cos_series(Pair s) {  // s: the reduced argument
  const Pair t = s;
  s = square(s);
  float u = 2.6083159809786593541503e-06f;
  u = fma(u, s.hi, -0.0001981069071916863322258f);
  u = fma(u, s.hi, 0.00833307858556509017944336f);
  const Pair x = add(1.0f, mul(add_fast(-0.166666597127914428710938f, u * s.hi), s));
  return mul_to_float(t, x);
}

inline float sin(float d) {
  if (!(std::fabs(d) < 125.0f)) return std::isinf(d) || std::isnan(d) ? NAN : std::sin(d);
  const float u = std::nearbyint(d * kInvPi);
  const int32_t q = int32_t(u);
  Pair s = add2(fma(u, -kPiA, d), u * -kPiB);
  s = add2(s, u * -kPiC);
  float r = sin_cos_series(s);
  if (q & 1) r = -r;
  if (d == 0 && std::signbit(d)) r = -0.0f;
  return r;
}

inline float cos(float d) {
  if (!(std::fabs(d) < 125.0f)) return std::isinf(d) || std::isnan(d) ? NAN : std::cos(d);
  const float dq = fma(std::nearbyint(fma(d, kInvPi, -0.5f)), 2, 1);
  const int32_t q = int32_t(dq);
  Pair s = add2(d, dq * (-kPiA * 0.5f));
  s = add2(s, dq * (-kPiB * 0.5f));
  s = add2(s, dq * (-kPiC * 0.5f));
  float r = sin_cos_series(s);
  if ((q & 2) == 0) r = -r;
  return r;
}

inline float tan(float d) {
  if (!(std::fabs(d) < 125.0f)) return std::isinf(d) || std::isnan(d) ? NAN : std::tan(d);
  const float u = std::nearbyint(d * (2 * kInvPi));
  const int32_t q = int32_t(u);
  Pair s = add2(fma(u, -kPiA * 0.5f, d), u * (-kPiB * 0.5f));
  s = add(s, u * (-kPiC * 0.5f));
  if (q & 1) s = neg(s);
  const Pair t = s;
  s = normalize(square(s));
  float v = 0.00446636462584137916564941f;
  v = fma(v, s.hi, -8.3920182078145444393158e-05f);
  v = fma(v, s.hi, 0.0109639242291450500488281f);
  v = fma(v, s.hi, 0.0212360303848981857299805f);
  v = fma(v, s.hi, 0.0540687143802642822265625f);
  Pair x = add_fast(0.133325666189193725585938f, v * s.hi);
  x = add(1.0f, mul(add(0.33333361148834228515625f, mul(s, x)), s));
  x = mul(t, x);
  if (q & 1) x = reciprocal(x);
  const float r = x.hi + x.lo;
  return d == 0 && std::signbit(d) ? -0.0f : r;
}

// atan(y / x) for y, x >= 0 as a pair, by an odd polynomial on the smaller ratio.
inline Pair atan_pair(Pair y, Pair x) {
  int32_t q = 0;
  if (x.hi < y.hi) q = 1;
  const bool swap = x.hi < y.hi;
  Pair s = div(swap ? neg(x) : y, swap ? y : x);
  Pair t = normalize(square(s));
  float u = -0.00176397908944636583328247f;
  u = fma(u, t.hi, 0.0107900900766253471374512f);
  u = fma(u, t.hi, -0.0309564601629972457885742f);
  u = fma(u, t.hi, 0.0577365085482597351074219f);
  u = fma(u, t.hi, -0.0838950723409652709960938f);
  u = fma(u, t.hi, 0.109463557600975036621094f);
  u = fma(u, t.hi, -0.142626821994781494140625f);
  u = fma(u, t.hi, 0.199983194470405578613281f);
  t = mul(t, add_fast(-0.333332866430282592773438f, u * t.hi));
  t = mul(s, add(1.0f, t));
  return add(mul(Pair{1.5707963705062866211f, -4.3711388286737928865e-08f}, float(q)), t);
}

inline float atan(float d) {
  const Pair r = atan_pair({std::fabs(d), 0}, {1, 0});
  const float v = std::isinf(d) ? 1.570796326794896557998982f : r.hi + r.lo;
  return std::isnan(d) ? d : std::copysign(v, d);
}

// asin and acos share the reduction: near ±1 they work on sqrt((1 - |d|) / 2).
struct ArcsinParts {
  bool small;
  Pair x;   // |d|, or sqrt((1 - |d|) / 2)
  float u;  // the polynomial's correction
};
inline ArcsinParts arcsin_parts(float d) {
  const bool small = std::fabs(d) < 0.5f;
  const float x2 = small ? d * d : (1 - std::fabs(d)) * 0.5f;
  Pair x = small ? Pair{std::fabs(d), 0} : sqrt(x2);
  if (std::fabs(d) == 1.0f) x = {0, 0};
  float u = 0.4197454825e-1f;
  u = fma(u, x2, 0.2424046025e-1f);
  u = fma(u, x2, 0.4547423869e-1f);
  u = fma(u, x2, 0.7495029271e-1f);
  u = fma(u, x2, 0.1666677296e+0f);
  return {small, x, u * (x2 * x.hi)};
}

inline float asin(float d) {
  const auto [small, x, u] = arcsin_parts(d);
  const Pair y = sub(sub(Pair{3.1415927410125732422f / 4, -8.7422776573475857731e-08f / 4}, x), u);
  const float r = small ? u + x.hi : (y.hi + y.lo) * 2;
  return std::isnan(d) ? d : std::copysign(r, d);
}

inline float acos(float d) {
  const auto [small, x, u] = arcsin_parts(d);
  Pair y = sub(Pair{3.1415927410125732422f / 2, -8.7422776573475857731e-08f / 2},
               add_fast(std::copysign(x.hi, d), std::copysign(u, d)));
  if (!small) y = scale(add(x, u), 2);
  if (!small && d < 0) y = sub(Pair{3.1415927410125732422f, -8.7422776573475857731e-08f}, y);
  return y.hi + y.lo;
}

// sinh and cosh from e^|x| and its reciprocal, in pairs.
inline float sinh(float x) {
  const Pair d = exp_pair({std::fabs(x), 0});
  const Pair r = sub(d, reciprocal(d));
  float y = (r.hi + r.lo) * 0.5f;
  if (std::fabs(x) > 89 || std::isnan(y)) y = INFINITY;
  return std::isnan(x) ? x : std::copysign(y, x);
}

inline float cosh(float x) {
  const Pair d = exp_pair({std::fabs(x), 0});
  const Pair r = add(d, reciprocal(d));
  float y = (r.hi + r.lo) * 0.5f;
  if (std::fabs(x) > 89 || std::isnan(y)) y = INFINITY;
  return std::isnan(x) ? x : y;
}

inline double exp(double d) { return std::exp(d); }
inline double log(double d) { return std::log(d); }
inline double log1p(double d) { return std::log1p(d); }
inline double log10(double d) { return std::log10(d); }
inline double log2(double d) { return std::log2(d); }
inline double expm1(double d) { return std::expm1(d); }
inline double tanh(double d) { return std::tanh(d); }
inline double sin(double d) { return std::sin(d); }
inline double cos(double d) { return std::cos(d); }
inline double tan(double d) { return std::tan(d); }
inline double atan(double d) { return std::atan(d); }
inline double asin(double d) { return std::asin(d); }
inline double acos(double d) { return std::acos(d); }
inline double sinh(double d) { return std::sinh(d); }
inline double cosh(double d) { return std::cosh(d); }

// Some of PyTorch's kernels (sigmoid, sinh, cosh) take their vectorised path only for whole
// blocks of 16 elements (two AVX2 vectors) of a dense run, and the C library's function for
// the rest: out[i] = (i in a whole block ? vectorised : scalar)(x[i]).
template <class T, class Vectorised, class Scalar>
void in_blocks_of_16(const T* x, T* out, int64_t n, Vectorised vectorised, Scalar scalar) {
  const int64_t blocks_end = n - n % 16;
  for (int64_t i = 0; i < n; ++i) out[i] = i < blocks_end ? vectorised(x[i]) : scalar(x[i]);
}

// σ(x) = 1 / (1 + e^-x) as PyTorch's sigmoid kernel computes it.
template <class T>
void sigmoid(const T* x, T* out, int64_t n) {
  in_blocks_of_16(
      x, out, n, [](T v) { return T(T(1) / T(exp(T(T(0) - v)) + T(1))); },
      [](T v) { return T(T(1) / T(T(std::exp(-v)) + T(1))); });
}

}  // namespace gb::vecmath
