// Optimizer steps: three steps from fixed gradients give PyTorch 1.13's float32 parameters
// bit for bit (recorded from torch.optim with the default single-tensor implementation).
#include <cmath>

#include "autograd/grad_mode.h"
#include "helpers.h"

using namespace gb;
using namespace gb::test;

namespace {
const std::vector<std::vector<double>> kGrads = {{0.3, -1.7, 2.2, 0.01}, {-0.6, 0.9, 1.4, -2.5}, {1.1, 0.2, -0.8, 0.35}};
Tensor start() { return vec({0.5, -1.25, 3.0, 0.1}); }

Tensor sgd(SgdOptions o) {
  Tensor p = start(), buffer;
  for (const auto& g : kGrads) buffer = sgd_step(p, vec(g), buffer, o);
  return p;
}

Tensor adam(AdamOptions o) {
  Tensor p = start(), m = zeros({4}, DType::Float32), v = zeros({4}, DType::Float32);
  Tensor vmax = o.amsgrad ? zeros({4}, DType::Float32) : Tensor{};
  for (size_t t = 1; t <= kGrads.size(); ++t) {
    o.step_size = o.lr / (1 - std::pow(o.beta1, double(t)));
    o.bias_correction2_sqrt = std::sqrt(1 - std::pow(o.beta2, double(t)));
    adam_step(p, vec(kGrads[t - 1]), m, v, vmax, o);
  }
  return p;
}

Tensor rmsprop(RmspropOptions o, bool centered) {
  Tensor p = start(), s = zeros({4}, DType::Float32);
  Tensor a = centered ? zeros({4}, DType::Float32) : Tensor{};
  Tensor b = o.momentum > 0 ? zeros({4}, DType::Float32) : Tensor{};
  for (const auto& g : kGrads) rmsprop_step(p, vec(g), s, a, b, o);
  return p;
}
}  // namespace

TEST_CASE("SGD: p -= lr·g, fused as PyTorch's add_ with alpha") {
  CHECK(float_bits(sgd({0.1, 0, 0, 0, false, false})) == std::vector<uint32_t>{0x3ed70a3e, 0xbf9851ec, 0x402e147a, 0x3ea0c49c});
}

TEST_CASE("SGD with momentum, dampening and weight decay") {
  CHECK(float_bits(sgd({0.1, 0.9, 0.1, 0.01, false, false})) ==
        std::vector<uint32_t>{0x3ed6e268, 0xbf747f0e, 0x400e2a14, 0x3efc30bd});
}

TEST_CASE("SGD with Nesterov momentum, maximizing") {
  CHECK(float_bits(sgd({0.05, 0.9, 0, 0, true, true})) == std::vector<uint32_t>{0x3f13251d, 0xbfb35fee, 0x405f7cc4, 0xbe50abd5});
}

TEST_CASE("Adam") {
  CHECK(float_bits(adam({0.1, 0.9, 0.999, 1e-8, 0, 0, 0, false, false, false})) ==
        std::vector<uint32_t>{0x3ecb280c, 0xbf8e86ac, 0x40300fcb, 0x3df9f266});
}

TEST_CASE("Adam with weight decay and amsgrad") {
  CHECK(float_bits(adam({0.01, 0.9, 0.999, 1e-8, 0.1, 0, 0, true, false, false})) ==
        std::vector<uint32_t>{0x3ef9f05c, 0xbf9e0376, 0x403e547c, 0x3dd1273f});
}

TEST_CASE("AdamW decays the parameter before the Adam step") {
  CHECK(float_bits(adam({0.1, 0.9, 0.999, 1e-8, 0.01, 0, 0, false, false, true})) ==
        std::vector<uint32_t>{0x3eca790a, 0xbf8e1344, 0x402f8157, 0x3df99734});
}

TEST_CASE("RMSprop") {
  CHECK(float_bits(rmsprop({0.01, 0.99, 1e-8, 0, 0, false}, false)) ==
        std::vector<uint32_t>{0x3ecedb4a, 0xbf9a8c49, 0x40380b28, 0x3db043eb});
}

TEST_CASE("RMSprop centered, with momentum and weight decay") {
  CHECK(float_bits(rmsprop({0.01, 0.99, 1e-8, 0.1, 0.5, false}, true)) ==
        std::vector<uint32_t>{0x3ebaaf19, 0xbf91ad30, 0x403066c3, 0x3d788d88});
}

TEST_CASE("an optimizer step bumps the parameter's version, so stale graphs are caught") {
  Tensor p = vec({1, 2}, true);
  Tensor y = mul(p, p);
  {
    GradModeGuard no_grad(false);
    sgd_step(p, vec({1, 1}), Tensor{}, {0.1, 0, 0, 0, false, false});
  }
  CHECK_THROWS_WITH(backward({sum(y)}, {Tensor{}}, false),
                    doctest::Contains("modified by an inplace operation"));
}

TEST_CASE("zero_grad zeroes a gradient in place, or drops it") {
  Tensor p = vec({1, 2}, true);
  Tensor g = vec({3, 4});
  p.impl()->grad = g;
  zero_grad(p, false);
  CHECK(p.impl()->grad.is_same(g));
  CHECK(values(g) == std::vector<double>{0, 0});
  zero_grad(p, true);
  CHECK_FALSE(p.impl()->grad.defined());
  zero_grad(p, false);  // no gradient: nothing to do
  CHECK_FALSE(p.impl()->grad.defined());
}

TEST_CASE("zero_grad cuts a gradient that has history from its graph") {
  Tensor p = vec({1, 2}, true), x = vec({5, 6}, true);
  p.impl()->grad = mul(x, x);
  zero_grad(p, false);
  CHECK(p.impl()->grad.is_leaf());
  CHECK_FALSE(p.impl()->grad.requires_grad());
  CHECK(values(p.impl()->grad) == std::vector<double>{0, 0});
  CHECK(values(x) == std::vector<double>{5, 6});
}
