// max, min, amax, amin, argmax, argmin.
#include <cmath>

#include "helpers.h"

using namespace gb;
using namespace gb::test;

TEST_CASE("max over a dim returns values and the first index of the best") {
  Tensor m = make({1, 5, 5, 1, 3, 3}, {3, 2});
  auto [values_, indices] = max(m, 1, false);
  CHECK(values(values_) == std::vector<double>{5, 5, 3});
  CHECK(values(indices) == std::vector<double>{1, 0, 0});
  CHECK(indices.dtype() == DType::Int64);
  CHECK(max(m, -1, true).second.shape() == Shape{3, 1});
  CHECK(values(min(m, 0, false).second) == std::vector<double>{0, 1});
}

TEST_CASE("nan wins max and min and argmax") {
  Tensor x = vec({1, NAN, 3});
  CHECK(std::isnan(values(max(x))[0]));
  CHECK(std::isnan(values(min(x))[0]));
  CHECK(values(argmax(x, std::nullopt, false)) == std::vector<double>{1});
  CHECK(values(max(x, 0, false).second) == std::vector<double>{1});
}

TEST_CASE("argmax without a dim indexes the flattened tensor; keepdim keeps the rank") {
  Tensor m = make({1, 5, 5, 1}, {2, 2});
  CHECK(values(argmax(m, std::nullopt, false)) == std::vector<double>{1});
  CHECK(argmax(m, std::nullopt, true).shape() == Shape{1, 1});
  CHECK(values(argmin(m, 1, true)) == std::vector<double>{0, 1});
}

TEST_CASE("empty inputs get PyTorch's errors") {
  Tensor e = make({}, {0});
  CHECK_THROWS_WITH(max(e), "max(): Expected reduction dim to be specified for input.numel() == 0. Specify the "
                            "reduction dim with the 'dim' argument.");
  CHECK_THROWS_WITH(max(e, 0, false), "max(): Expected reduction dim 0 to have non-zero size.");
  CHECK_THROWS_WITH(argmax(e, std::nullopt, false),
                    "argmax(): Expected reduction dim to be specified for input.numel() == 0.");
}

TEST_CASE("max() shares the gradient among ties; max(dim) gives it to the chosen index") {
  Tensor x = vec({1, 3, 3, 2}, true);
  Tensor m = max(x);
  CHECK(m.grad_fn()->name() == "MaxBackward1");
  backward({m}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{0, 0.5, 0.5, 0});
  Tensor y = make({1, 3, 1, 3}, {2, 2}, DType::Float32, true);
  Tensor v = max(y, 0, false).first;
  CHECK(v.grad_fn()->name() == "MaxBackward0");
  backward({sum(v)}, {}, false);
  CHECK(values(grad_of(y)) == std::vector<double>{1, 1, 0, 0});
  Tensor z = make({1, 3, 1, 3}, {2, 2}, DType::Float32, true);
  Tensor a = amax(z, {0}, false);
  CHECK(a.grad_fn()->name() == "AmaxBackward0");
  backward({sum(a)}, {}, false);
  CHECK(values(grad_of(z)) == std::vector<double>{0.5, 0.5, 0.5, 0.5});
}

TEST_CASE("amax's gradient is (g / count) times the mask: -0 where g is negative, nan over a nan result") {
  Tensor x = make({1, NAN, 3, 2, 5, 5}, {2, 3}, DType::Float32, true);
  backward({amax(x, {1}, false)}, {vec({-2, -3})}, false);
  std::vector<double> g = values(grad_of(x));
  for (int i = 0; i < 3; ++i) CHECK(std::isnan(g[size_t(i)]));
  CHECK(std::signbit(g[3]));
  CHECK(g[3] == 0);
  CHECK(g[4] == -1.5);
  Tensor y = vec({1, 3, 3}, true);
  backward({amin(y, {}, false)}, {make({-1}, {})}, false);
  CHECK(std::signbit(values(grad_of(y))[1]));
}

TEST_CASE("extreme-value gradients agree with finite differences") {
  auto a = f64({0.5, -1.5, 2.0, 1.0, 0.25, -3.0}, {2, 3});
  check_gradients([](auto& in) { return max(in[0]); }, {a});
  check_gradients([](auto& in) { return min(in[0]); }, {a});
  check_gradients([](auto& in) { return max(in[0], 1, false).first; }, {a});
  check_gradients([](auto& in) { return min(in[0], 0, true).first; }, {a});
  check_gradients([](auto& in) { return amax(in[0], {0}, true); }, {a});
  check_gradients([](auto& in) { return amin(in[0], {}, false); }, {a});
}

TEST_CASE("max and min along a dim record their gradient as a scatter, so second derivatives pass through it") {
  auto a = f64({0.5, -1.5, 2.0, 1.0, 0.25, -3.0}, {2, 3});
  auto squared = [](const Tensor& v) { return mul(v, v); };
  check_gradients([squared](auto& in) { return squared(max(in[0], 1, false).first); }, {a});
  check_gradients([squared](auto& in) { return squared(min(in[0], 0, true).first); }, {a});
  Tensor x = make({0.5, -1.5, 2.0, 1.0, 0.25, -3.0}, {2, 3}, DType::Float64, true);
  Tensor g = grad({sum(squared(max(x, 1, false).first))}, {}, {x}, true, false, true)[0];
  CHECK(name_of(g) == "ScatterBackward0");
  CHECK(g.grad_fn()->next_edges()[1].node->name() == "UnsqueezeBackward0");
  CHECK(values(g) == std::vector<double>{0, 0, 4, 2, 0, 0});
}
