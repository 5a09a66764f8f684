#pragma once
// a·b + c with a single rounding, as an x86 FMA instruction computes it. WebAssembly has no
// fused multiply-add, and some C libraries' fmaf round twice, so the float form is built here
// from double arithmetic with a proof of correct rounding.
#include <cmath>

namespace gb {

inline double fused_multiply_add(double a, double b, double c) { return std::fma(a, b, c); }

// The product of two floats is exact in double (24 + 24 bits < 53). The sum p + c is rounded
// to a double s with exact error e (two-sum). Rounding s to float gives the correctly rounded
// result unless s sits exactly on a midpoint between two floats, where the sign of e decides.
inline float fused_multiply_add(float a, float b, float c) {
  const double p = double(a) * double(b);
  const double s = p + double(c);
  const float r = float(s);
  if (!std::isfinite(s) || double(r) == s) return r;
  const double p_part = s - double(c);
  const double e = (p - p_part) + (double(c) - (s - p_part));
  if (e == 0) return r;
  // The float on the other side of s, and the midpoint between the two (exact in double).
  const float other = std::nextafter(r, s > double(r) ? INFINITY : -INFINITY);
  const double midpoint = (double(r) + double(other)) / 2;
  if (s != midpoint) return r;
  return (e > 0) == (double(other) > double(r)) ? other : r;
}

}  // namespace gb
