// Random streams: the first numbers of PyTorch 1.13's CPU generator for fixed seeds, recorded
// from real PyTorch as IEEE bit patterns, and the exact fused multiply-add they rely on.
#include <cstring>

#include "helpers.h"
#include "kernels/fused_multiply_add.h"
#include "random/double_double.h"
#include "random/sampling.h"

using namespace gb;
using namespace gb::test;

namespace {

uint64_t bits(double d) {
  uint64_t b;
  std::memcpy(&b, &d, 8);
  return b;
}

std::vector<uint64_t> double_bits(const Tensor& t) {
  std::vector<uint64_t> out;
  for (double v : values(t)) out.push_back(bits(v));
  return out;
}
std::vector<int64_t> ints(const Tensor& t) {
  std::vector<int64_t> out;
  for (double v : values(t)) out.push_back(int64_t(v));
  return out;
}

Tensor floats(int64_t n) { return empty({n}, DType::Float32); }

}  // namespace

TEST_CASE("a seed reaches the engine through its low 32 bits only") {
  Generator g(0);
  CHECK(g.random() == 2357136044u);
  CHECK(g.random() == 2546248239u);
  g.manual_seed(0);
  CHECK(g.random64() == 0x8c7f0aac97c4aa2full);
  Generator wide((uint64_t(1) << 32) + 7), narrow(7);
  CHECK(wide.random() == narrow.random());
  CHECK(wide.initial_seed() == (uint64_t(1) << 32) + 7);
}

TEST_CASE("a fresh torch.Generator() starts from PyTorch's fixed seed") {
  Generator g;
  CHECK(g.initial_seed() == 67280421310721ull);
  CHECK(float_bits(uniform_(floats(2), 0, 1, g)) == std::vector<uint32_t>{0x3e88daec, 0x3f5f5e04});
}

TEST_CASE("rand: one draw per float32, its low 24 bits") {
  Generator g(0);
  CHECK(float_bits(uniform_(floats(4), 0, 1, g)) == std::vector<uint32_t>{0x3efe1558, 0x3f44aa2f, 0x3db533a8, 0x3e073300});
}

TEST_CASE("rand float64: one random64 per element, its low 53 bits") {
  Generator g(0);
  CHECK(double_bits(uniform_(empty({3}, DType::Float64), 0, 1, g)) ==
        std::vector<uint64_t>{0x3fef0aac97c4aa2f, 0x3fe6a675d821ccc0, 0x3fdd6687b744a5f6});
}

TEST_CASE("uniform_(a, b) is one fused multiply-add per element") {
  Generator g(0);
  CHECK(float_bits(uniform_(floats(5), -1, 1, g)) ==
        std::vector<uint32_t>{0xbbf55400, 0x3f09545e, 0xbf52b316, 0xbf3c6680, 0xbec532f4});
  g.manual_seed(0);
  CHECK(double_bits(uniform_(empty({3}, DType::Float64), -3, 2, g)) ==
        std::vector<uint64_t>{0x3ffd9aaf7b6ba976, 0x3fe1404d38a8ffc0, 0xbfe67facb5d46119});
}

TEST_CASE("a transposed view is filled in memory order") {
  Generator g(0);
  Tensor x = empty({3, 4}, DType::Float32);
  uniform_(make_view(x, {4, 3}, {1, 4}, 0), 0, 1, g);
  CHECK(float_bits(x) == std::vector<uint32_t>{0x3efe1558, 0x3f44aa2f, 0x3db533a8, 0x3e073300, 0x3e9d6686, 0x3f2252fb,
                                               0x3efaed86, 0x3f657d67, 0x3ee94812, 0x3f21ded3, 0x3eb2a22a, 0x3ecdade4});
}

TEST_CASE("randn below 16 elements: scalar Box–Muller, the second value cached for the next call") {
  Generator g(0);
  CHECK(float_bits(normal_(floats(3), 0, 1, g)) == std::vector<uint32_t>{0x3fc53f5c, 0xbe963c50, 0xc00b7149});
  CHECK(g.next_double_normal.has_value());
  CHECK(float_bits(normal_(floats(1), 0, 1, g)) == std::vector<uint32_t>{0x3f1184b6});
  CHECK_FALSE(g.next_double_normal.has_value());
}

TEST_CASE("manual_seed clears the cached normal") {
  Generator g(0);
  normal_(floats(1), 0, 1, g);
  g.manual_seed(0);
  CHECK(float_bits(normal_(floats(1), 0, 1, g)) == std::vector<uint32_t>{0x3fc53f5c});
}

TEST_CASE("randn of 16 or more: blocks of 16 with Cephes polynomials; a ragged tail redraws the last block") {
  Generator g(0);
  CHECK(float_bits(normal_(floats(17), 0, 1, g)) ==
        std::vector<uint32_t>{0xbf901b85, 0xbfd91446, 0x3f111004, 0x3f4b235d, 0x3f194d8b, 0xbfc70d5b, 0xbeaec6ca, 0x3fed2f4e,
                              0x3eefaa55, 0xbf15e32b, 0xbe318eeb, 0x3e3be1a4, 0x3fb1d6c0, 0x3fcb0d00, 0x3f72409c, 0xbf57fb33,
                              0x3f6e8c30});
  g.manual_seed(42);
  CHECK(float_bits(normal_(floats(33), 0, 1, g)) ==
        std::vector<uint32_t>{0x3ff6a529, 0x3fbe5f53, 0x3f669567, 0xc006c0db, 0x3f2dacd5, 0xbf9e0591, 0xbd306786, 0xbfcd65ba,
                              0xbf408bf0, 0x3fd3095b, 0xbec8f2f6, 0xbfb3a966, 0xbf3a566e, 0xbf0f36d1, 0xbf44d2a0, 0x3f432f9f,
                              0x3fd23771, 0xbf5f0955, 0xbe64ba09, 0x3fdbd280, 0x3ea34448, 0xbed95a8d, 0x3e9c8774, 0xbf464bb2,
                              0x3d0f003f, 0x3f7ee202, 0xbf6139a5, 0xbf19e472, 0xbfa31763, 0x4007dbb6, 0xbf9e091d, 0xbef9cfd9,
                              0xbfb582fd});
}

TEST_CASE("normal_(mean, std) fuses the scaling into one rounding") {
  Generator g(0);
  CHECK(float_bits(normal_(floats(20), 2.0, 0.5, g)) ==
        std::vector<uint32_t>{0x3fb7f23e, 0x3fb63fbb, 0x3feff685, 0x3fe43b54, 0x401329b1, 0x3f9c7952, 0x3fea2727,
                              0x403b4bd4, 0x400efaa5, 0x3ff5e80a, 0x402e3277, 0x4008837a, 0x402c75b0, 0x4032c340,
                              0x401e4814, 0x3fca0133, 0x401dd186, 0x402849ce, 0x404028cd, 0x4001b836});
}

TEST_CASE("a non-contiguous tensor takes the scalar normal path in memory order") {
  Generator g(0);
  Tensor x = empty({4, 5}, DType::Float32);
  normal_(make_view(x, {5, 4}, {1, 5}, 0), 0, 1, g);
  CHECK(float_bits(x) == std::vector<uint32_t>{0x3fc53f5c, 0xbe963c50, 0xc00b7149, 0x3f1184b6, 0xbf8ad1a1, 0xbfb3052d,
                                               0x3ece837a, 0x3f5688e5, 0xbf382144, 0xbece830b, 0xbf18bd18, 0x3e3a67c6,
                                               0xbf5b4f07, 0x3f8ce099, 0xbf891cab, 0x3dfb4aca, 0xbf10fa2f, 0x3ebf08e2,
                                               0xbf6459ce, 0xbfc12a71});
}

// PyTorch's float64 paths call glibc's log, sin and cos; for these seeds they agree with ours.
TEST_CASE("randn float64: scalar path below 16, double fill path above") {
  Generator g(0);
  CHECK(double_bits(normal_(empty({5}, DType::Float64), 0, 1, g)) ==
        std::vector<uint64_t>{0x3ff8a7eb8902be3a, 0xbfd2c78a087c6fea, 0xc0016e2920a70ee5, 0x3fe23096ca3e350d,
                              0xbff15a341987e136});
  g.manual_seed(0);
  std::vector<uint64_t> all = double_bits(normal_(empty({20}, DType::Float64), 0, 1, g));
  CHECK(std::vector<uint64_t>(all.begin(), all.begin() + 4) ==
        std::vector<uint64_t>{0xc0027bb92e9262dc, 0xbfd7e35794939460, 0xbff0f91ae8d685b6, 0x3feffbfb0ada994b});
}

TEST_CASE("randint: one draw per element modulo the range, random64 from 2^32 on") {
  Generator g(0);
  CHECK(ints(random_(empty({8}, DType::Int64), 0, 10, g)) == std::vector<int64_t>{4, 9, 3, 0, 3, 9, 7, 3});
  g.manual_seed(0);
  CHECK(ints(random_(empty({4}, DType::Int64), -5, int64_t(1) << 40, g)) ==
        std::vector<int64_t>{741234585336, 506077272957, 291397093751, 841111833108});
}

TEST_CASE("random_ with bounds checks them against the dtype") {
  Generator g(0);
  CHECK_THROWS_WITH(random_(empty({1}, DType::Int64), 5, 5, g), "random_ expects 'from' to be less than 'to', but got from=5 >= to=5");
  CHECK_THROWS_WITH(random_(empty({1}, DType::Int32), 0, int64_t(1) << 40, g), "to - 1 is out of bounds for int");
}

TEST_CASE("randperm: forward Fisher–Yates with n - 1 draws") {
  Generator g(0);
  CHECK(ints(randperm(10, DType::Int64, g)) == std::vector<int64_t>{4, 1, 7, 5, 3, 9, 0, 8, 6, 2});
  CHECK(randperm(0, DType::Int64, g).numel() == 0);
}

TEST_CASE("bernoulli_(p): one random64 per element, kept when its uniform is below p") {
  Generator g(0);
  CHECK(values(bernoulli_(floats(10), 0.3, g)) == std::vector<double>{0, 0, 0, 0, 0, 0, 1, 0, 0, 1});
  CHECK_THROWS_WITH(bernoulli_(floats(1), 1.5, g), "bernoulli_ expects p to be in [0, 1], but got p=1.5");
}

TEST_CASE("bernoulli(p tensor) draws at p's precision") {
  Generator g(0);
  CHECK(values(bernoulli(vec({0.1, 0.5, 0.9, 0.5, 0.5, 0.5}), g)) == std::vector<double>{0, 0, 1, 1, 1, 0});
  g.manual_seed(0);
  CHECK(values(bernoulli(make({0.1, 0.5, 0.9, 0.5, 0.5, 0.5}, {6}, DType::Float64), g)) ==
        std::vector<double>{0, 0, 1, 0, 0, 0});
}

TEST_CASE("sampling checks its arguments with PyTorch's messages") {
  Generator g(0);
  CHECK_THROWS_WITH(uniform_(floats(1), 1, 0, g), "uniform_ expects to return a [from, to) range, but found from=1 > to=0");
  CHECK_THROWS_WITH(normal_(floats(1), 0, -1, g), "normal expects std >= 0.0, but found std -1");
  CHECK_THROWS_WITH(normal_(empty({1}, DType::Int64), 0, 1, g), "\"normal_kernel_cpu\" not implemented for 'Long'");
}

TEST_CASE("sampling into a leaf that requires grad is an in-place error") {
  Generator g(0);
  Tensor w = vec({0, 0}, true);
  CHECK_THROWS_WITH(normal_(w, 0, 1, g), "a leaf Variable that requires grad is being used in an in-place operation.");
}

TEST_CASE("the float fused multiply-add rounds once, also where double rounding would differ") {
  const float a = 1.0f + 0x1p-12f;
  CHECK(float_to_bits(fused_multiply_add(a, a, -0x1p-80f)) == float_to_bits(1.0f + 0x1p-11f));
  CHECK(float_to_bits(fused_multiply_add(a, a, 0.0f)) == float_to_bits(1.0f + 0x1p-11f));  // the tie rounds to even
  CHECK(float_to_bits(fused_multiply_add(a, a, 0x1p-80f)) == float_to_bits(1.0f + 0x1p-11f + 0x1p-23f));
  CHECK(fused_multiply_add(2.0f, 3.0f, 1.0f) == 7.0f);
  CHECK(float_to_bits(fused_multiply_add(-0.0f, 1.0f, -0.0f)) == float_to_bits(-0.0f));
}

TEST_CASE("float64 normals use correctly rounded log, sin and cos") {
  const double logs[][2] = {{0.5, -0.6931471805599453}, {1e-300, -690.7755278982137},
                            {0.7071067811865476, -0.3465735902799726}, {0.9999999999999999, -1.1102230246251565e-16},
                            {1.1102230246251565e-16, -36.7368005696771}, {0.123456789, -2.091864070778393},
                            {0.987654321, -0.012422519986057208}, {0.13436424411240122, -2.0072009271185753},
                            {0.8474337369372327, -0.16554262928899602}, {0.763774618976614, -0.2694825346765816},
                            {0.2550690257394217, -1.3662210812792126}, {0.49543508709194095, -0.7023189386538373}};
  for (const auto& [x, y] : logs) CHECK(dd::log(x) == y);
  const double sincos[][3] = {{0.0, 0.0, 1.0},
                              {1.0, 0.8414709848078965, 0.5403023058681398},
                              {1.5707963267948966, 1.0, 6.123233995736766e-17},
                              {3.141592653589793, 1.2246467991473532e-16, -1.0},
                              {4.71238898038469, -1.0, -1.8369701987210297e-16},
                              {6.283185307179585, -1.133107779529596e-15, 1.0},
                              {0.7853981633974483, 0.7071067811865475, 0.7071067811865476},
                              {2.5, 0.5984721441039565, -0.8011436155469337},
                              {5.9, -0.373876664830236, 0.9274784307440359},
                              {2.8228038868732757, 0.3134165846169243, -0.9496157351724235},
                              {4.092003868698952, -0.8136546328843501, -0.5813485515470331},
                              {4.953182645131023, -0.9711490127524389, 0.2384734681887341},
                              {0.5894382049421951, 0.5558941167729174, 0.8312531088286275},
                              {0.17802215255819964, 0.1770833317925601, 0.984195861402214}};
  for (const auto& row : sincos) {
    const double x = row[0], s = row[1], c = row[2];  // INFO's lambda can't capture a structured binding in clang 14
    INFO("x = ", x);
    CHECK(dd::sincos(x).sin == s);
    CHECK(dd::sincos(x).cos == c);
  }
}

TEST_CASE("get_state saves PyTorch's 5056-byte generator state, and set_state resumes the stream") {
  Generator g(0);
  normal_(floats(3), 0, 1, g);  // leaves a cached normal
  std::vector<uint8_t> state = g.get_state();
  REQUIRE(state.size() == 5056);
  // Bytes 0..23 and 5016..5055 as PyTorch 1.13 writes them for this stream.
  const uint8_t head[24] = {0, 0, 0, 0, 0, 0, 0, 0, 0x69, 0x02, 0, 0, 1, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0};
  CHECK(std::equal(head, head + 24, state.begin()));
  const uint8_t tail[40] = {0, 0, 0, 0, 0, 0, 0, 0, 0x0d, 0x35, 0x3e, 0xca, 0x96, 0x30, 0xe2, 0x3f, 0, 0, 0, 0,
                            0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
  CHECK(std::equal(tail, tail + 40, state.begin() + 5016));
  std::vector<double> ahead = values(normal_(floats(5), 0, 1, g));
  g.set_state(state);
  CHECK(values(normal_(floats(5), 0, 1, g)) == ahead);
  CHECK_THROWS_WITH(g.set_state(std::vector<uint8_t>(10)),
                    "Expected either a CPUGeneratorImplStateLegacy of size 5048 or a CPUGeneratorImplState of size "
                    "5056 but found the input RNG state size to be 10");
}

TEST_CASE("exponential_: -log(1 - u) / lambda of one 53-bit uniform per element") {
  Generator g(0);
  CHECK(double_bits(exponential_(empty({3}, DType::Float64), 1.0, g)) ==
        std::vector<uint64_t>{0x400c110d51dce0b1ull, 0x3ff3afa7ef3a5fc8ull, 0x3fe3ae70f39bed6dull});
  Generator a(5), b(5);
  const Tensor halved = exponential_(empty({4}, DType::Float64), 2.0, a);
  const Tensor unit = exponential_(empty({4}, DType::Float64), 1.0, b);
  CHECK(values(halved) == values(mul(unit, num(0.5))));
}

TEST_CASE("multinomial with replacement: each uniform falls in the first cumulative slot not below it") {
  Generator g(0);
  CHECK(ints(multinomial(vec({1.0, 1.0, 2.0}), 8, true, g)) == std::vector<int64_t>{2, 2, 1, 2, 2, 2, 0, 1});
  // The cumulative distribution is 0.25, 0.5, 1: the same uniforms, placed by hand.
  Generator h(0);
  std::vector<int64_t> expected;
  for (int i = 0; i < 8; ++i) {
    const double u = h.uniform_double();
    expected.push_back(u <= 0.25 ? 0 : u <= 0.5 ? 1 : 2);
  }
  CHECK(expected == std::vector<int64_t>{2, 2, 1, 2, 2, 2, 0, 1});
}

TEST_CASE("multinomial without replacement: the largest weights over exponential draws") {
  const Tensor p = make({1, 1, 2, 0.5, 3, 0, 1, 1}, {2, 4});
  Generator g(0);
  CHECK(ints(multinomial(p, 3, false, g)) == std::vector<int64_t>{2, 1, 0, 2, 0, 3});
  Generator a(9), b(9);
  const Tensor q = exponential_(empty({2, 4}, DType::Float32), 1.0, b);
  CHECK(ints(multinomial(p, 1, false, a)) == ints(argmax(div(p, q), -1, true)));
}

TEST_CASE("multinomial refuses what PyTorch refuses") {
  Generator g(0);
  CHECK_THROWS_WITH(multinomial(vec({0.5, 0.5}), 3, false, g),
                    "cannot sample n_sample > prob_dist.size(-1) samples without replacement");
  CHECK_THROWS_WITH(multinomial(vec({0.0, 0.0}), 1, true, g),
                    "invalid multinomial distribution (sum of probabilities <= 0)");
  CHECK_THROWS_WITH(multinomial(vec({1.0, -1.0}), 1, false, g),
                    "probability tensor contains either `inf`, `nan` or element < 0");
}

TEST_CASE("log-normals use a correctly rounded exp") {
  const double exps[][2] = {{0.0, 1.0}, {1.0, 2.718281828459045}, {-1.0, 0.36787944117144233},
                            {0.5, 1.6487212707001282}, {-0.34657359027997264, 0.7071067811865476},
                            {0.34657359027997264, 1.414213562373095}, {10.5, 36315.502674246636},
                            {-20.25, 1.6052280551856116e-09}, {100.0, 2.6881171418161356e+43},
                            {-700.0, 9.85967654375977e-305}, {709.7, 1.6549840276802644e+308},
                            {1e-10, 1.0000000001}, {-3.75, 0.023517745856009107},
                            {2.302585092994046, 10.000000000000002}, {0.6931471805599453, 2.0}};
  for (const auto& row : exps) {
    const double x = row[0], y = row[1];
    INFO("x = ", x);
    CHECK(dd::exp(x) == y);
  }
  CHECK(dd::exp(710.0) == std::numeric_limits<double>::infinity());
  CHECK(dd::exp(-746.0) == 0.0);
}

TEST_CASE("Cauchy samples use a correctly rounded tan") {
  const double tans[][2] = {{0.0, 0.0}, {0.5, 0.5463024898437905}, {-0.5, -0.5463024898437905},
                            {1.0, 1.5574077246549023}, {-1.2, -2.5721516221263188}, {1.5, 14.101419947171719},
                            {-1.5707963267948966, -1.633123935319537e+16}, {1.5707963267948966, 1.633123935319537e+16},
                            {0.7853981633974483, 0.9999999999999999}, {-0.7853981633974483, -0.9999999999999999},
                            {1.4, 5.797883715482887}, {3e-09, 3e-09}};
  for (const auto& row : tans) {
    const double x = row[0], y = row[1];
    INFO("x = ", x);
    CHECK(dd::tan(x) == y);
  }
}

TEST_CASE("poisson below rate 10 counts the uniforms whose running product stays above e^-rate") {
  Generator g(3), h(3);
  const std::vector<int64_t> counts = ints(poisson(make({2.5, 0, 7}, {3}, DType::Float64), g));
  std::vector<int64_t> expected;
  for (double rate : {2.5, 0.0, 7.0}) {
    int64_t count = 0;
    if (rate > 0)
      for (double product = h.uniform_double(); product > std::exp(-rate); product *= h.uniform_double()) ++count;
    expected.push_back(count);
  }
  CHECK(counts == expected);
  CHECK_THROWS_WITH(poisson(vec({1, -1}), g), "invalid Poisson rate, expected rate to be non-negative");
}
