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
