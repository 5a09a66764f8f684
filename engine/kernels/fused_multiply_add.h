#pragma once
// a·b + c with a single rounding, as an x86 FMA instruction computes it. WebAssembly has no
// fused multiply-add, and some C libraries' fmaf round twice, so the float form is built here
// from double arithmetic with a proof of correct rounding.
#include <cmath>
#include <cstdint>
#include <cstring>

namespace gb {

inline double fused_multiply_add(double a, double b, double c) { return std::fma(a, b, c); }

// The product of two floats is exact in double (24 + 24 bits < 53), so p + c is the exact
// result rounded once to a double s. Rounding s to float then gives the correctly rounded
// float unless s sits exactly halfway between two floats: only there can the second rounding
// go the wrong way, and the sign of the first rounding's error (from two-sum) decides.
inline float fused_multiply_add(float a, float b, float c) {
  const double p = double(a) * double(b);
  const double s = p + double(c);
  const float r = float(s);
  uint64_t bits;
  std::memcpy(&bits, &s, 8);
  // In the normal float range a halfway point has exactly its 29 low mantissa bits = 100…0.
  const bool normal_range = std::fabs(s) >= 0x1p-126 && std::isfinite(s);
  if (normal_range && (bits & 0x1FFFFFFFu) != 0x10000000u) return r;
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
