#pragma once
// log, exp, sin, cos and tan of doubles, correctly rounded: evaluated in double-double arithmetic
// (about 106 bits) and rounded once. PyTorch's CPU samplers call glibc's log, exp, sin, cos, tan,
// which return the correctly rounded value in all but about 0.1% of cases; WebAssembly's
// C library (musl) misses it far more often (3% for sin/cos), so the sampler uses these.
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>

namespace gb::dd {

// An unevaluated sum hi + lo with |lo| <= ulp(hi)/2.
struct Num {
  double hi, lo;
};

inline Num two_sum(double a, double b) {
  const double s = a + b, v = s - a;
  return {s, (a - (s - v)) + (b - v)};
}
inline Num quick_two_sum(double a, double b) {  // |a| >= |b|
  const double s = a + b;
  return {s, b - (s - a)};
}
inline Num two_prod(double a, double b) {
  const double p = a * b;
  return {p, std::fma(a, b, -p)};
}
inline Num add(Num a, Num b) {
  Num s = two_sum(a.hi, b.hi), t = two_sum(a.lo, b.lo);
  s.lo += t.hi;
  s = quick_two_sum(s.hi, s.lo);
  s.lo += t.lo;
  return quick_two_sum(s.hi, s.lo);
}
inline Num neg(Num a) { return {-a.hi, -a.lo}; }
inline Num mul(Num a, Num b) {
  Num p = two_prod(a.hi, b.hi);
  p.lo += a.hi * b.lo + a.lo * b.hi;
  return quick_two_sum(p.hi, p.lo);
}
inline Num mul(Num a, double b) {
  Num p = two_prod(a.hi, b);
  p.lo += a.lo * b;
  return quick_two_sum(p.hi, p.lo);
}
inline Num div(Num a, Num b) {
  const double q1 = a.hi / b.hi;
  Num r = add(a, neg(mul(b, q1)));
  const double q2 = r.hi / b.hi;
  r = add(r, neg(mul(b, q2)));
  const double q3 = r.hi / b.hi;
  return add(quick_two_sum(q1, q2), Num{q3, 0});
}
inline double round(Num a) { return a.hi + a.lo; }

constexpr Num kLn2 = {0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56};
// π/2 in three parts, for reducing arguments near a multiple of it without cancellation.
constexpr double kHalfPi[3] = {0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54, -0x1.f1976b7ed8fbcp-110};

// x > 0, finite.
inline double log(double x) {
  int e;
  double m = std::frexp(x, &e);  // x = m·2^e, m in [0.5, 1)
  if (m < 0x1.6a09e667f3bcdp-1) {
    m *= 2;
    --e;
  }
  // log m = 2·atanh(s) with s = (m - 1)/(m + 1), |s| < 0.172: 2s·Σ s^2k / (2k + 1).
  static const std::array<Num, 22> inverse_odd = [] {
    std::array<Num, 22> t{};
    for (int k = 0; k < 22; ++k) t[size_t(k)] = div(Num{1, 0}, Num{double(2 * k + 1), 0});
    return t;
  }();
  const Num s = div(Num{m - 1, 0}, two_sum(m, 1));
  const Num z = mul(s, s);
  Num series = inverse_odd[21];
  for (int k = 20; k >= 0; --k) series = add(mul(series, z), inverse_odd[size_t(k)]);
  const Num log_m = mul(mul(s, series), 2.0);
  return round(add(mul(kLn2, double(e)), log_m));
}

// sin and cos of x for |x| < 8 (the sampler's angles lie in [0, 2π)).
struct SinCos {
  double sin, cos;
};

// 1/n! for n = 0..29, in double-double.
inline const std::array<Num, 30>& inverse_factorials() {
  static const std::array<Num, 30> table = [] {
    std::array<Num, 30> t{};
    t[0] = {1, 0};
    for (int n = 1; n < 30; ++n) t[size_t(n)] = div(t[size_t(n - 1)], Num{double(n), 0});
    return t;
  }();
  return table;
}

// x = k·π/2 + r with |r| <= π/4, and sin r, cos r by their Taylor series to the 29th power.
struct Reduced {
  int64_t quadrant;  // k mod 4
  Num sin, cos;
};
inline Reduced reduce(double x) {
  const double k = std::nearbyint(x / kHalfPi[0]);
  Num r = two_sum(x, -k * kHalfPi[0]);  // |k| <= 5, so k·π/2's first part is exact
  r = add(r, Num{-k * kHalfPi[1], 0});
  r = add(r, Num{-k * kHalfPi[2], 0});
  const auto& inv = inverse_factorials();
  const Num r2 = mul(r, r);
  Num s = inv[29], c = inv[28];
  for (int n = 27; n >= 1; n -= 2) s = add(mul(s, neg(r2)), inv[size_t(n)]);
  for (int n = 26; n >= 0; n -= 2) c = add(mul(c, neg(r2)), inv[size_t(n)]);
  return {int64_t(k) & 3, mul(s, r), c};
}

inline SinCos sincos(double x) {
  const Reduced r = reduce(x);
  const double s = round(r.sin), c = round(r.cos);
  switch (r.quadrant) {
    case 0: return {s, c};
    case 1: return {c, -s};
    case 2: return {-s, -c};
    default: return {-c, s};
  }
}

// tan x for |x| < 8: sin r / cos r, or -cos r / sin r a quadrant away.
inline double tan(double x) {
  const Reduced r = reduce(x);
  return r.quadrant % 2 == 0 ? round(div(r.sin, r.cos)) : -round(div(r.cos, r.sin));
}

// e^x: x = k·ln 2 + r with |r| <= ln 2 / 2, e^r by its Taylor series to the 29th power,
// scaled by 2^k (a subnormal result is rounded twice).
inline double exp(double x) {
  if (std::isnan(x)) return x;
  if (x > 710) return std::numeric_limits<double>::infinity();
  if (x < -746) return 0;
  const double k = std::nearbyint(x / kLn2.hi);
  const Num r = add(Num{x, 0}, neg(mul(kLn2, k)));
  const auto& inv = inverse_factorials();
  Num e = inv[29];
  for (int n = 28; n >= 0; --n) e = add(mul(e, r), inv[size_t(n)]);
  return std::ldexp(round(e), int(k));
}

}  // namespace gb::dd
