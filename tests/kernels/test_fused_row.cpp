// fused_multiply_add_row rounds each a·b + c once, as an x86 FMA instruction: the same bits in
// its WebAssembly SIMD lanes (float64 with round-to-odd) as the scalar fused_multiply_add,
// including sums that land exactly halfway between two floats in float64, where rounding twice
// would go the wrong way.
#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

#include "kernels/float_bits.h"
#include "kernels/fused_row.h"

using namespace gb;

namespace {

uint64_t state = 88172645463325252ull;

uint32_t next_bits() {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return uint32_t(state >> 16);
}

// A float with a random sign and full mantissa, exponent within 2^±27.
float random_float() { return float_from_bits((next_bits() & 0x807FFFFFu) | ((100u + next_bits() % 55u) << 23)); }

}  // namespace

TEST_CASE("a sum halfway between two floats in float64 rounds once, towards its exact value") {
  // (¼(1 + 2⁻²³))·(¼(1 − 2⁻²³)) + (2²⁰ + 2⁻³) = 2²⁰ + 2⁻³ + 2⁻⁴ − 2⁻⁵⁰: just below the midpoint
  // between two floats; rounded in float64 it lands on the midpoint, which ties to the even float.
  const float a = 0.25f * (1 + 0x1p-23f), p = 0.25f * (1 - 0x1p-23f), c = 0x1p20f + 0x1p-3f;
  std::vector<float> src{p, -p, p}, dst{c, -c, c};
  fused_multiply_add_row(3, a, src.data(), 1, dst.data(), 1);
  CHECK(dst == std::vector<float>{c, -c, c});
  CHECK(float(double(a) * double(p) + double(c)) == 0x1p20f + 0x1p-2f);  // rounding twice: wrong
}

TEST_CASE("rows of fused multiply-adds, contiguous and strided, are the scalar fused_multiply_add's") {
  int64_t halfway = 0;
  for (int t = 0; t < 20000; ++t) {
    const int64_t n = 1 + next_bits() % 13, src_stride = 1 + next_bits() % 3, dst_stride = t % 2 ? 1 : 1 + next_bits() % 2;
    std::vector<float> src(size_t(n * src_stride)), dst(size_t(n * dst_stride));
    float a = random_float();
    for (float& v : src) v = random_float();
    for (float& v : dst) v = random_float();
    if (t % 3 == 0) {  // products just off a power of two added to floats with odd mantissas: ties in float64
      a = 0.25f * (1 + 0x1p-23f);
      for (int64_t i = 0; i < n; ++i) {
        const float sign = i % 2 ? -1.0f : 1.0f;
        src[size_t(i * src_stride)] = sign * 0.25f * (1 - 0x1p-23f) * float(1 << (next_bits() % 4));
        dst[size_t(i * dst_stride)] = sign * 0x1p20f * (1 + 0x1p-23f * float(1 + 2 * (next_bits() % 8)));
      }
    }
    std::vector<float> expected = dst;
    for (int64_t i = 0; i < n; ++i) {
      float& e = expected[size_t(i * dst_stride)];
      const float s = src[size_t(i * src_stride)];
      halfway += float(double(s) * double(a) + double(e)) != fused_multiply_add(s, a, e);
      e = fused_multiply_add(s, a, e);
    }
    fused_multiply_add_row(n, a, src.data(), src_stride, dst.data(), dst_stride);
    for (size_t i = 0; i < dst.size(); ++i) REQUIRE(float_to_bits(dst[i]) == float_to_bits(expected[i]));
  }
  CHECK(halfway > 1000);  // the cases where rounding twice goes wrong were exercised
}
