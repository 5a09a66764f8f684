// The 16-bit floats (float16, bfloat16) and small integers (int8, int16): conversions, type
// promotion, and arithmetic in float32 with one rounding per result.
#include <cmath>
#include <limits>

#include "helpers.h"
#include "ops/type_promotion.h"

using namespace gb;
using namespace gb::test;

namespace {

// binary16 decoded from its fields, independently of Half::to_float.
double half_value(uint16_t bits) {
  const int sign = bits >> 15, exponent = (bits >> 10) & 0x1f, mantissa = bits & 0x3ff;
  double magnitude = exponent == 0    ? std::ldexp(mantissa, -24)
                     : exponent == 31 ? (mantissa ? std::numeric_limits<double>::quiet_NaN() : INFINITY)
                                      : std::ldexp(1024 + mantissa, exponent - 25);
  return sign ? -magnitude : magnitude;
}

bool is_nan_half(uint16_t bits) { return (bits & 0x7c00) == 0x7c00 && (bits & 0x3ff); }
bool is_nan_bfloat16(uint16_t bits) { return (bits & 0x7f80) == 0x7f80 && (bits & 0x7f); }

// The float16/bfloat16 tensor holding these values, rounded as PyTorch rounds them.
Tensor reduced(const std::vector<double>& v, DType t) { return to_dtype(vec(v), t); }

}  // namespace

TEST_CASE("every float16 bit pattern widens to its exact value and rounds back to itself") {
  for (uint32_t bits = 0; bits < 0x10000; ++bits) {
    const Half h{uint16_t(bits)};
    const float f = h.to_float();
    if (is_nan_half(h.bits)) {
      CHECK(std::isnan(f));
      CHECK(Half::from(f).bits == ((bits & 0x8000) | 0x7e00));  // a quiet NaN of the same sign
    } else {
      CHECK(double(f) == half_value(h.bits));
      CHECK(Half::from(f).bits == bits);
    }
  }
}

TEST_CASE("every bfloat16 bit pattern widens to its exact value and rounds back to itself") {
  for (uint32_t bits = 0; bits < 0x10000; ++bits) {
    const BFloat16 b{uint16_t(bits)};
    const float f = b.to_float();
    CHECK(float_to_bits(f) == bits << 16);
    CHECK(BFloat16::from(f).bits == (is_nan_bfloat16(b.bits) ? 0x7fc0 : bits));
  }
}

TEST_CASE("a float halfway between two float16 values rounds to the even one, anything nearer to the nearer") {
  for (uint32_t bits = 0; bits < 0x7bff; ++bits) {  // each finite positive value and the next
    const double low = half_value(uint16_t(bits)), high = half_value(uint16_t(bits + 1));
    const float middle = float((low + high) / 2);  // exact: one bit more than a half holds
    const uint16_t even = (bits & 1) ? uint16_t(bits + 1) : uint16_t(bits);
    CHECK(Half::from(middle).bits == even);
    CHECK(Half::from(-middle).bits == (0x8000 | even));
    CHECK(Half::from(std::nextafter(middle, 0.0f)).bits == bits);
    CHECK(Half::from(std::nextafter(middle, INFINITY)).bits == bits + 1);
  }
}

TEST_CASE("float16 overflows to inf from 65520 up and underflows to a signed zero at 2^-25 and below") {
  CHECK(Half::from(65504.0f).bits == 0x7bff);
  CHECK(Half::from(std::nextafter(65520.0f, 0.0f)).bits == 0x7bff);
  CHECK(Half::from(65520.0f).bits == 0x7c00);
  CHECK(Half::from(-1e30f).bits == 0xfc00);
  CHECK(Half::from(INFINITY).bits == 0x7c00);
  CHECK(Half::from(0x1p-25f).bits == 0x0000);
  CHECK(Half::from(std::nextafter(0x1p-25f, 1.0f)).bits == 0x0001);
  CHECK(Half::from(-0x1p-26f).bits == 0x8000);
  CHECK(Half::from(0x1p-24f * 3).bits == 0x0003);  // subnormals are exact where they can be
}

TEST_CASE("a float halfway between two bfloat16 values rounds to the even one; overflow carries into inf") {
  for (uint32_t bits = 0; bits < 0x7f7f; ++bits) {
    const float low = BFloat16{uint16_t(bits)}.to_float(), high = BFloat16{uint16_t(bits + 1)}.to_float();
    const float middle = float_from_bits((float_to_bits(low) + float_to_bits(high)) / 2);
    const uint16_t even = (bits & 1) ? uint16_t(bits + 1) : uint16_t(bits);
    CHECK(BFloat16::from(middle).bits == even);
    CHECK(BFloat16::from(std::nextafter(middle, 0.0f)).bits == bits);
    CHECK(BFloat16::from(std::nextafter(middle, INFINITY)).bits == bits + 1);
  }
  CHECK(BFloat16::from(std::numeric_limits<float>::max()).bits == 0x7f80);
}

TEST_CASE("a float64 reaches float16 through float32, rounding twice as c10::Half does") {
  // 1 + 2^-11 + 2^-40 rounds to float32 1 + 2^-11, a float16 tie that goes to the even 1.
  Tensor x = make({1 + 0x1p-11 + 0x1p-40}, {1}, DType::Float64);
  CHECK(values(to_dtype(to_dtype(x, DType::Float16), DType::Float64)) == std::vector<double>{1});
}

TEST_CASE("floats become int8 and int16 as on x86: truncated to int32, then the low bits kept") {
  Tensor x = vec({300.7f, -300.7f, 1e10f, NAN, 127.9f, -129.5f});
  CHECK(values(to_dtype(x, DType::Int8)) == std::vector<double>{44, -44, 0, 0, 127, 127});
  CHECK(values(to_dtype(vec({70000.7f, -40000.2f}), DType::Int16)) == std::vector<double>{4464, 25536});
}

TEST_CASE("int8 and int16 arithmetic wraps around") {
  CHECK(values(add(make({127}, {1}, DType::Int8), num(1, DType::Int64))) == std::vector<double>{-128});
  CHECK(values(mul(make({200}, {1}, DType::Int16), make({200}, {1}, DType::Int16))) == std::vector<double>{-25536});
}

TEST_CASE("promotion: uint8 with int8 is int16, float16 with bfloat16 is float32, a float wins over integers") {
  CHECK(promote(DType::UInt8, DType::Int8) == DType::Int16);
  CHECK(promote(DType::Int8, DType::Int16) == DType::Int16);
  CHECK(promote(DType::UInt8, DType::Int16) == DType::Int16);
  CHECK(promote(DType::Float16, DType::BFloat16) == DType::Float32);
  CHECK(promote(DType::Int64, DType::Float16) == DType::Float16);
  CHECK(promote(DType::BFloat16, DType::Float64) == DType::Float64);
  CHECK(result_type(make({1}, {1}, DType::Float16), num(2.5)) == DType::Float16);
  CHECK(result_type(make({1}, {1}, DType::Int8), num(2.5)) == DType::Float32);
  CHECK(result_type(make({1}, {1}, DType::Float16), make({1}, {}, DType::Float64)) == DType::Float16);
}

TEST_CASE("float16 and bfloat16 compute each result in float32 and round it once") {
  for (DType t : {DType::Float16, DType::BFloat16}) {
    Tensor a = reduced({0.5, 1.5, -2.25}, t), b = reduced({3, 0.25, 2}, t);
    Tensor q = div(a, b);
    CHECK(q.dtype() == t);
    std::vector<double> expected;
    for (double v : {0.5f / 3.0f, 1.5f / 0.25f, -2.25f / 2.0f})
      expected.push_back(values(reduced({v}, t))[0]);
    CHECK(values(q) == expected);
  }
  // A Python number is made a float16 first: 0.1 becomes 0.0999755859375.
  CHECK(values(mul(reduced({1}, DType::Float16), num(0.1))) == std::vector<double>{0.0999755859375});
}

TEST_CASE("float16 sums accumulate in float32 and round once") {
  // 2048 + 1 + 1 in float16 steps would stay 2048 (2049 is a tie that goes to even).
  Tensor x = reduced({2048, 1, 1}, DType::Float16);
  CHECK(values(sum(x)) == std::vector<double>{2050});
  CHECK(sum(x).dtype() == DType::Float16);
}

TEST_CASE("ops PyTorch's CPU build lacks for float16 fail as its do; bfloat16 has them") {
  Tensor h = reduced({1, 2}, DType::Float16);
  CHECK_THROWS_WITH(exp(h), "\"exp_vml_cpu\" not implemented for 'Half'");
  CHECK_THROWS_WITH(mm(view(h, {1, 2}), view(h, {2, 1})), "\"addmm_impl_cpu_\" not implemented for 'Half'");
  Tensor b = reduced({1, 2}, DType::BFloat16);
  CHECK(exp(b).dtype() == DType::BFloat16);
  CHECK(values(mm(view(b, {1, 2}), view(b, {2, 1}))) == std::vector<double>{5});
}

TEST_CASE("gradients flow through float16 and back to float32") {
  Tensor x = vec({0.1f, 2.0f}, true);
  Tensor y = to_dtype(mul(to_dtype(x, DType::Float16), num(3)), DType::Float32);
  backward({sum(y)}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{3, 3});
}

TEST_CASE("bfloat16 running sums accumulate in float32 and round each output") {
  // In bfloat16 steps 256 + 1 stays 256 (a tie to even) and + 1 again stays 256; a float32
  // running sum reaches 258, which bfloat16 holds.
  CHECK(values(cumsum(reduced({256, 1, 1}, DType::BFloat16), 0, std::nullopt)) == std::vector<double>{256, 256, 258});
  CHECK_THROWS_WITH(cumsum(reduced({1, 2}, DType::Float16), 0, std::nullopt),
                    "\"cumsum_out_cpu\" not implemented for 'Half'");
}

TEST_CASE("accumulating index_put_ rounds each float16 sum, as PyTorch's serial kernel") {
  Tensor z = reduced({0}, DType::Float16);
  index_put_(z, {ints({0, 0, 0})}, reduced({2048, 1, 1}, DType::Float16), true);
  CHECK(values(z) == std::vector<double>{2048});
}

TEST_CASE("addmm on bfloat16 adds the bias to the float32 dot product and rounds once") {
  // 256 + 1 + 1 rounded once is 258; rounding the product 257 first would give 256 + 1 → 256.
  Tensor x = reduced({256, 1}, DType::BFloat16), ones = reduced({1, 1}, DType::BFloat16);
  Tensor bias = reduced({1}, DType::BFloat16);
  CHECK(values(addmm(bias, view(x, {1, 2}), t(view(ones, {1, 2})))) == std::vector<double>{258});
}

TEST_CASE("float16 clamp computes only with one bound given as a tensor, as PyTorch 1.13") {
  Tensor h = reduced({-2, 0.5, 3}, DType::Float16);
  CHECK_THROWS_WITH(clamp(h, num(-1), num(1)), "\"clamp_scalar_cpu\" not implemented for 'Half'");
  CHECK_THROWS_WITH(clamp(h, num(-1), Tensor{}), "\"clamp_min_cpu\" not implemented for 'Half'");
  CHECK(values(clamp(h, reduced({-1}, DType::Float16), Tensor{})) == std::vector<double>{-1, 0.5, 3});
  CHECK(values(clamp(reduced({-2, 0.5, 3}, DType::BFloat16), num(-1), num(1))) == std::vector<double>{-1, 0.5, 1});
  CHECK_THROWS_WITH(softmax(h, 0), "\"softmax_lastdim_kernel_impl\" not implemented for 'Half'");
}

TEST_CASE("bfloat16 softmax along another dim rounds each exp of a lone column before dividing, as PyTorch") {
  // A column outside the runs of 16 takes PyTorch's scalar path: exp rounded to bfloat16, then
  // divided by the float32 sum; rounding once would give 0.1865234375 for the second element.
  Tensor x = reduced({1.609375, 0.349609375, 0.177734375}, DType::BFloat16);
  CHECK(values(softmax(view(x, {3, 1}), 0)) == std::vector<double>{0.65625, 0.185546875, 0.1572265625});
  CHECK(softmax(view(x, {3, 1}), 0).dtype() == DType::BFloat16);
  CHECK(log_softmax(view(x, {3, 1}), 0).dtype() == DType::BFloat16);
}

TEST_CASE("bfloat16 sigmoid's gradient is computed in float32 and rounded once, as PyTorch's kernel") {
  Tensor x = reduced({-3.203125, 0.46484375, 4.46875, 1.6953125}, DType::BFloat16);
  x.impl()->requires_grad = true;
  backward({unary(Unary::Sigmoid, x)}, {reduced({1.203125, -0.40234375, -1.4296875, 0.90234375}, DType::BFloat16)}, false);
  // Rounding after each step gives -0.0164794921875 and 0.11865234375 for the last two.
  CHECK(values(grad_of(x)) == std::vector<double>{0.045166015625, -0.09521484375, -0.0166015625, 0.119140625});
}
