// upsample: nearest, nearest-exact and (bi)linear source indices and weights as PyTorch's CPU
// kernels compute them, grad_fn names, errors, and float64 gradients of first and second order.
#include "helpers.h"

using namespace gb;
using namespace gb::test;

namespace {

ResampleOptions resize(Interpolation mode, Shape size, bool align_corners = false,
                       std::vector<std::optional<double>> scales = {}) {
  return {mode, std::move(size), std::move(scales), align_corners};
}

// k/3 − 5 for k = 1…20, computed in float32 as torch.arange(1., 21.) / 3 − 5.
std::vector<double> thirds_minus_five() {
  std::vector<double> v;
  for (int k = 1; k <= 20; ++k) v.push_back(static_cast<float>(k) / 3.0f - 5.0f);
  return v;
}

}  // namespace

TEST_CASE("nearest reads ⌊i·scale⌋; nearest-exact rounds the pixel centre") {
  Tensor x = iota({1, 1, 4}, DType::Float64);
  CHECK(values(upsample(x, resize(Interpolation::Nearest, {6}, false, {1.5}))) ==
        std::vector<double>{0, 0, 1, 2, 2, 3});
  CHECK(values(upsample(x, resize(Interpolation::NearestExact, {6}, false, {1.5}))) ==
        std::vector<double>{0, 1, 1, 2, 3, 3});
}

TEST_CASE("linear with align_corners weights its two neighbours by (in − 1)/(out − 1)") {
  Tensor x = iota({1, 1, 4}, DType::Float64);
  CHECK(values(upsample(x, resize(Interpolation::Linear, {6}, true))) ==
        std::vector<double>{0.0, 0.6, 1.2, 1.7999999999999998, 2.4, 3.0});
}

TEST_CASE("linear's backward adds each share in output order, in float32 as PyTorch does") {
  Tensor x = make({0, 1, 2, 3}, {1, 1, 4}, DType::Float32, true);
  backward({sum(upsample(x, resize(Interpolation::Linear, {6})))}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{1.5, 1.4999998807907104, 1.5, 1.5000001192092896});
}

TEST_CASE("linear's source index s·(i + ½) − ½ is one fused multiply-add, its two taps another") {
  // (k + 1)²/7 in float32; PyTorch's third value, one ulp above the unfused result.
  Tensor x = make({0x1.24924ap-3, 0x1.24924ap-1, 0x1.492492p+0, 0x1.24924ap+1, 0x1.c92492p+1, 0x1.492492p+2, 0x1.cp+2},
                  {1, 1, 7}, DType::Float32);
  CHECK(values(upsample(x, resize(Interpolation::Linear, {3}))) ==
        std::vector<double>{0x1.b6db6ep-2, 0x1.24924ap+1, 0x1.70c30ap+2});
}

TEST_CASE("bilinear sums the four corners in double when PyTorch runs its channels-last kernel") {
  // With one channel the input counts as channels-last.
  const std::vector<double> thirds = thirds_minus_five();
  Tensor one_channel = make(thirds, {1, 1, 4, 5}, DType::Float32);
  CHECK(values(select(select(select(upsample(one_channel, resize(Interpolation::Linear, {4, 9})), 0, 0), 0, 0), 0, 1)) ==
        std::vector<double>{-0x1.8p+1, -0x1.71c71cp+1, -0x1.5a12f6p+1, -0x1.425ed0p+1, -0x1.2aaaaap+1, -0x1.12f684p+1,
                            -0x1.f684bcp+0, -0x1.c71c72p+0, -0x1.aaaaacp+0});
  // Two channels: the channels-first kernel, one fused multiply-add per dim in float32.
  Tensor two_channels = make(thirds, {1, 2, 2, 5}, DType::Float32);
  CHECK(values(select(select(select(upsample(two_channels, resize(Interpolation::Linear, {3, 7})), 0, 0), 0, 0), 0, 1)) ==
        std::vector<double>{-0x1.eaaaaap+1, -0x1.d24924p+1, -0x1.b3cf3cp+1, -0x1.955554p+1, -0x1.76db6cp+1,
                            -0x1.586186p+1, -0x1.4p+1});
}

TEST_CASE("bilinear's backward fuses each corner's share into its input's running sum") {
  const std::vector<double> thirds = thirds_minus_five();
  std::vector<double> roots;
  for (int k = 1; k <= 21; ++k) roots.push_back(std::sqrt(static_cast<float>(k)));
  Tensor x = make(thirds, {1, 1, 4, 5}, DType::Float32, true);
  Tensor weights = make(roots, {1, 1, 7, 3}, DType::Float32);
  backward({sum(mul(upsample(x, resize(Interpolation::Linear, {7, 3})), weights))}, {}, false);
  CHECK(values(grad_of(x)) ==
        std::vector<double>{0x1.a65922p+0, 0x1.a65924p-1, 0x1.86e02ap+1, 0x1.2c75a0p+0, 0x1.2c7596p+1,
                            0x1.958540p+1, 0x1.958542p+0, 0x1.4554dcp+2, 0x1.cc2accp+0, 0x1.cc2abep+1,
                            0x1.0f4346p+2, 0x1.0f4348p+1, 0x1.a6bc58p+2, 0x1.23fe9cp+1, 0x1.23fe94p+2,
                            0x1.32aeb0p+2, 0x1.32aeb2p+1, 0x1.d8f532p+2, 0x1.43b244p+1, 0x1.43b23ap+2});
}

TEST_CASE("upsample records PyTorch's grad_fn names and checks sizes and dtypes") {
  Tensor x = make({1, 2, 3, 4, 5, 6}, {1, 1, 2, 3}, DType::Float32, true);
  CHECK(name_of(upsample(x, resize(Interpolation::Nearest, {4, 6}))) == "UpsampleNearest2DBackward1");
  CHECK(name_of(upsample(x, resize(Interpolation::Linear, {4, 6}))) == "UpsampleBilinear2DBackward1");
  CHECK(name_of(upsample(reshape(x, {1, 1, 6}), resize(Interpolation::NearestExact, {3}))) ==
        "UpsampleNearestExact1DBackward1");
  CHECK_THROWS_WITH(upsample(x, resize(Interpolation::Nearest, {0, 0})),
                    "Input and output sizes should be greater than 0, but got input (H: 2, W: 3) output (H: 0, W: 0)");
  CHECK_THROWS_WITH(upsample(iota({1, 1, 4}, DType::Int64), resize(Interpolation::Linear, {2})),
                    "\"compute_indices_weights_linear\" not implemented for 'Long'");
}

TEST_CASE("upsample gradients match finite differences, second order too") {
  Tensor x1 = f64({0.3, -1.2, 0.7, 2.1, -0.4}, {1, 1, 5});
  Tensor x2 = f64({0.3, -1.2, 0.7, 2.1, -0.4, 1.5, 0.9, -0.8, 0.2, 1.1, -1.7, 0.6}, {2, 1, 2, 3});
  Tensor x3 = f64({0.3, -1.2, 0.7, 2.1, -0.4, 1.5, 0.9, -0.8}, {1, 1, 2, 2, 2});
  for (bool align : {false, true}) {
    check_gradients([align](const std::vector<Tensor>& in) {
      return sin(upsample(in[0], resize(Interpolation::Linear, {8}, align)));
    }, {x1});
    check_gradients([align](const std::vector<Tensor>& in) {
      return sin(upsample(in[0], resize(Interpolation::Linear, {3, 5}, align)));
    }, {x2});
    check_gradients([align](const std::vector<Tensor>& in) {
      return sin(upsample(in[0], resize(Interpolation::Linear, {3, 1, 4}, align)));
    }, {x3});
  }
  for (Interpolation mode : {Interpolation::Nearest, Interpolation::NearestExact})
    check_gradients([mode](const std::vector<Tensor>& in) {
      return sin(upsample(in[0], resize(mode, {5, 4}, false, {2.5, 1.5})));
    }, {x2});
}
