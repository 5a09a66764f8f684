#pragma once
// The 16-bit floating types float16 (IEEE binary16) and bfloat16 (a float32 cut to its top half).
// They are storage formats: PyTorch's CPU kernels read each element as a float32, compute in
// float32 and round the result back, so these types only convert, they do no arithmetic.
#include <cstdint>

#include "kernels/float_bits.h"

namespace gb {

// Rounds m / 2^shift to the nearest integer, ties to even (0 < shift < 32).
constexpr uint32_t shift_right_to_nearest_even(uint32_t m, uint32_t shift) {
  const uint32_t q = m >> shift, rest = m & ((1u << shift) - 1), half = 1u << (shift - 1);
  return q + (rest > half || (rest == half && (q & 1)) ? 1 : 0);
}

struct Half {
  uint16_t bits = 0;

  // Round to nearest, ties to even, as c10::Half: too large becomes inf, too small a subnormal
  // or zero (keeping the sign), and every NaN the quiet NaN 0x7e00 with the input's sign.
  static Half from(float f) {
    const uint32_t x = float_to_bits(f);
    const uint16_t sign = uint16_t((x >> 16) & 0x8000);
    const uint32_t magnitude = x & 0x7fffffff;
    if (magnitude > 0x7f800000) return {uint16_t(sign | 0x7e00)};
    if (magnitude >= 0x477ff000) return {uint16_t(sign | 0x7c00)};  // 65520 and up: halfway to 2^16 or past
    if (magnitude >= 0x38800000) {  // a normal half (2^-14 and up): drop 13 bits, re-bias the exponent by 112
      const uint32_t rebiased = magnitude - (112u << 23);
      return {uint16_t(sign | shift_right_to_nearest_even(rebiased, 13))};
    }
    if (magnitude <= 0x33000000) return {sign};  // at most 2^-25: half of the smallest subnormal or less
    // A subnormal half counts units of 2^-24; the float is m · 2^(e − 150) with m's leading bit set.
    const uint32_t exponent = magnitude >> 23, m = (magnitude & 0x7fffff) | 0x800000;
    return {uint16_t(sign | shift_right_to_nearest_even(m, 126 - exponent))};
  }

  float to_float() const {
    const uint32_t sign = uint32_t(bits & 0x8000) << 16, exponent = (bits >> 10) & 0x1f, mantissa = bits & 0x3ff;
    if (exponent == 0x1f) return float_from_bits(sign | 0x7f800000 | (mantissa << 13));
    if (exponent == 0) {
      const float magnitude = float(mantissa) * 0x1p-24f;  // exact: at most 10 significant bits
      return sign ? -magnitude : magnitude;
    }
    return float_from_bits(sign | ((exponent + 112) << 23) | (mantissa << 13));
  }
};

struct BFloat16 {
  uint16_t bits = 0;

  // Round to nearest, ties to even, as c10::BFloat16 (overflow to inf follows from the carry);
  // every NaN becomes the positive quiet NaN 0x7fc0.
  static BFloat16 from(float f) {
    const uint32_t x = float_to_bits(f);
    if ((x & 0x7fffffff) > 0x7f800000) return {0x7fc0};
    return {uint16_t((x + 0x7fff + ((x >> 16) & 1)) >> 16)};
  }

  float to_float() const { return float_from_bits(uint32_t(bits) << 16); }
};

template <class T>
inline constexpr bool is_reduced_float_v = false;
template <>
inline constexpr bool is_reduced_float_v<Half> = true;
template <>
inline constexpr bool is_reduced_float_v<BFloat16> = true;

}  // namespace gb
