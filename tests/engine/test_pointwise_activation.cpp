// torch.nn.functional's parametrised activations: PyTorch 1.13's float32 bits (recorded), with
// 18 elements so that both the vectorised block and the scalar tail are covered; grad_fn names;
// finite-difference gradients in float64.

#include "helpers.h"
#include "tensor/error.h"

using namespace gb;
using namespace gb::test;

namespace {
const std::vector<double> kInputs = {-3.7, -2.25, -1.3, -0.6, -0.05, 0.0, 0.2,  0.45, 0.9,
                                     1.35, 2.0,   2.8,  3.3,  4.1,   5.5, 7.25, -0.8, 1.7};
Tensor inputs() { return make(kInputs, {int64_t(kInputs.size())}); }
Tensor smooth_inputs() { return f64({-2.6, -1.1, -0.45, 0.3, 0.85, 1.6, 2.4}, {7}); }  // away from the kinks
}  // namespace

TEST_CASE("activations round as PyTorch's CPU kernels do") {
  CHECK(float_bits(activation(Activation::GeluTanh, inputs())) ==
        std::vector<uint32_t>{0xb98e8200, 0xbcded560, 0xbe0118c0, 0xbe2888ea, 0xbcc4a212, 0x00000000,
                              0x3ded4383, 0x3e9b33a7, 0x3f3bf666, 0x3f9d79d6, 0x3ffa3042, 0x4032c59c,
                              0x40531db8, 0x408332d8, 0x40b00000, 0x40e80000, 0xbe2da350, 0x3fcfe2b4});
  CHECK(float_bits(activation(Activation::Silu, inputs())) ==
        std::vector<uint32_t>{0xbdb6d32d, 0xbe5baf67, 0xbe8e8c5a, 0xbe59b572, 0xbcc7ae5b, 0x00000000,
                              0x3de13646, 0x3e8cb0f8, 0x3f23cd81, 0x3f8939c1, 0x3fe17bea, 0x4028ed71,
                              0x404baff8, 0x40810fa5, 0x40af489e, 0x40e7d5db, 0xbe7df911, 0x3fb7fd06});
  CHECK(float_bits(activation(Activation::Elu, inputs(), {1, 1, 1})) ==
        std::vector<uint32_t>{0xbf79abb8, 0xbf65048e, 0xbf3a3b5b, 0xbee7022a, 0xbd47c3a0, 0x00000000,
                              0x3e4ccccd, 0x3ee66666, 0x3f666666, 0x3faccccd, 0x40000000, 0x40333333,
                              0x40533333, 0x40833333, 0x40b00000, 0x40e80000, 0xbf0cf8c7, 0x3fd9999a});
  CHECK(float_bits(activation(Activation::Softplus, inputs(), {1, 20})) ==
        std::vector<uint32_t>{0x3cc8126b, 0x3dcd3918, 0x3e76caec, 0x3edffe6b, 0x3f2b202c, 0x3f317218,
                              0x3f4c52d4, 0x3f7178c3, 0x3f9ede21, 0x3fca4e1b, 0x40081f97, 0x4036fa65,
                              0x4055849e, 0x4083b9da, 0x40b02169, 0x40e805d1, 0x3ebe00e8, 0x3fef139d});
  CHECK(float_bits(activation(Activation::Mish, inputs())) ==
        std::vector<uint32_t>{0xbdb9079f, 0xbe661b31, 0xbe9d613c, 0xbe7cdccc, 0xbcef313f, 0x00000000,
                              0x3e07c808, 0x3ea9bd01, 0x3f42de64, 0x3f9ebf85, 0x3ff8d3a6, 0x403206b0,
                              0x4052aa8d, 0x4083215a, 0x40affe82, 0x40e7fff1, 0xbe9163a2, 0x3fcf7554});
  CHECK(float_bits(activation(Activation::Hardswish, inputs())) ==
        std::vector<uint32_t>{0x80000000, 0xbe900000, 0xbebc9630, 0xbe75c290, 0xbcc962fd, 0x00000000,
                              0x3dda740f, 0x3e847ae1, 0x3f15c28f, 0x3f7a8f5c, 0x3fd55555, 0x402d3a07,
                              0x40533333, 0x40833333, 0x40b00000, 0x40e80000, 0xbe962fca, 0x3faa740d});
  CHECK(float_bits(activation(Activation::Hardsigmoid, inputs())) ==
        std::vector<uint32_t>{0x00000000, 0x3e000000, 0x3e911111, 0x3ecccccd, 0x3efbbbbc, 0x3f000000,
                              0x3f088889, 0x3f133333, 0x3f266667, 0x3f399999, 0x3f555555, 0x3f777778,
                              0x3f800000, 0x3f800000, 0x3f800000, 0x3f800000, 0x3ebbbbbc, 0x3f488888});
}

TEST_CASE("hardtanh clamps, keeping nan; softplus is the identity above the threshold") {
  CHECK(values(activation(Activation::Hardtanh, vec({-3, -0.5, 0.25, 2}), {-1, 1})) ==
        std::vector<double>{-1, -0.5, 0.25, 1});
  CHECK(std::isnan(values(activation(Activation::Hardtanh, vec({NAN}), {-1, 1}))[0]));
  CHECK(values(activation(Activation::Softplus, vec({30, 5}), {2, 20}))[0] == 30);
}

TEST_CASE("activations record PyTorch's grad_fn names and reject integer tensors") {
  const std::vector<std::pair<Activation, const char*>> names = {
      {Activation::Gelu, "GeluBackward0"},         {Activation::GeluTanh, "GeluBackward0"},
      {Activation::Silu, "SiluBackward0"},         {Activation::Elu, "EluBackward0"},
      {Activation::Softplus, "SoftplusBackward0"}, {Activation::Mish, "MishBackward0"},
      {Activation::Hardtanh, "HardtanhBackward0"}, {Activation::Hardswish, "HardswishBackward0"},
      {Activation::Hardsigmoid, "HardsigmoidBackward0"}};
  for (auto [op, name] : names) CHECK(activation(op, vec({0.5}, true), {1, 20, 1}).grad_fn()->name() == name);
  CHECK_THROWS_WITH(activation(Activation::Gelu, ints({1})), "\"GeluKernelImpl\" not implemented for 'Long'");
  CHECK_THROWS_WITH(activation(Activation::Silu, ints({1})), "\"silu_cpu\" not implemented for 'Long'");
}

// Second derivatives too (the gradients are recorded ops): of f(x) and of f(x)², whose first
// gradient also depends on x through the incoming gradient.
TEST_CASE("activation gradients and their gradients match finite differences") {
  auto check = [](Activation op, ActivationParams p) {
    check_gradients([op, p](auto& in) { return activation(op, in[0], p); }, {smooth_inputs()});
    check_gradients([op, p](auto& in) {
      Tensor y = activation(op, in[0], p);
      return mul(y, y);
    }, {smooth_inputs()});
  };
  for (Activation op : {Activation::Gelu, Activation::GeluTanh, Activation::Silu, Activation::Mish, Activation::Hardswish})
    check(op, {});
  check(Activation::Elu, {0.7, 1.2, 0.9});
  check(Activation::Softplus, {2, 3});
  check(Activation::Hardtanh, {-2, 2});
  // PyTorch has no derivative of hardsigmoid's gradient: first order only.
  check_first_gradients([](auto& in) { return activation(Activation::Hardsigmoid, in[0]); }, {smooth_inputs()});
}

TEST_CASE("a gradient taken with create_graph is PyTorch's double-backward op") {
  const std::pair<Activation, const char*> names[] = {
      {Activation::Gelu, "GeluBackwardBackward0"}, {Activation::Elu, "EluBackwardBackward0"},
      {Activation::Softplus, "SoftplusBackwardBackward0"}, {Activation::Hardtanh, "HardtanhBackwardBackward0"},
      {Activation::Hardswish, "HardswishBackwardBackward0"}, {Activation::Silu, "MulBackward0"},
      {Activation::Mish, "MulBackward0"}, {Activation::Hardsigmoid, "NotImplemented"}};  // torch::autograd::NotImplemented
  for (auto [op, name] : names) {
    Tensor x = vec({0.5, -0.25}, true);
    std::vector<Tensor> g = grad({sum(activation(op, x, {1, 20, 1}))}, {}, {x}, true, false, true);
    CHECK(name_of(g[0]) == name);
  }
}

TEST_CASE("hardsigmoid's gradient cannot be differentiated again, as in PyTorch") {
  Tensor x = vec({0.5, -0.25}, true);
  std::vector<Tensor> g = grad({sum(activation(Activation::Hardsigmoid, x))}, {}, {x}, true, false, true);
  CHECK_THROWS_WITH(backward({sum(g[0])}, {}, false), "derivative for aten::hardsigmoid_backward is not implemented");
}

TEST_CASE("gelu on a contiguous float32 tensor rounds as oneDNN's kernels, which PyTorch hands it to") {
  Tensor x = make({-3.457080602645874, -0.9480383396148682, 1.0499495267868042, 0.35952451825141907,
                   3.7129735946655273, -0.7418344616889954, 1e-30, 30.0},
                  {8});
  x.impl()->requires_grad = true;
  Tensor y = activation(Activation::Gelu, x);
  CHECK(float_bits(y) == std::vector<uint32_t>{0xba777a76, 0xbe268b4b, 0x3f654f65, 0x3e6bc3c5, 0x406d9b20, 0xbe2e0748,
                                               0x0d224260, 0x41f00000});
  backward({y}, {ones({8}, DType::Float32)}, false);
  CHECK(float_bits(grad_of(x)) == std::vector<uint32_t>{0xbb53a880, 0xbd8ed9e4, 0x3f8c18cc, 0x3f465cac, 0x3f802de6,
                                                        0x3b8e0b40, 0x3f000000, 0x3f800000});
}

// celu(x, α) = max(0, x) + min(0, α·(exp(x/α) − 1)): PyTorch's elu with input_scale 1/α.
TEST_CASE("celu and its gradient round as PyTorch's, under CeluBackward0") {
  Tensor x = make(kInputs, {int64_t(kInputs.size())}, DType::Float32, true);
  Tensor y = activation(Activation::Celu, x, {0.7});
  CHECK(name_of(y) == "CeluBackward0");
  CHECK(float_bits(y) == std::vector<uint32_t>{0xbf324aea, 0xbf2bffc0, 0xbf173941, 0xbece4e07, 0xbd45a828, 0x00000000,
                                               0x3e4ccccd, 0x3ee66666, 0x3f666666, 0x3faccccd, 0x40000000, 0x40333333,
                                               0x40533333, 0x40833333, 0x40b00000, 0x40e80000, 0xbef41a99, 0x3fd9999a});
  std::vector<Tensor> g = grad({sum(mul_scalar(y, 0.5))}, {}, {x}, false, false, false);
  CHECK(float_bits(g[0]) == std::vector<uint32_t>{0x3b25eafb, 0x3ca49800, 0x3d9fdd69, 0x3e594765, 0x3eee5a21, 0x3f000000,
                                                  0x3f000000, 0x3f000000, 0x3f000000, 0x3f000000, 0x3f000000, 0x3f000000,
                                                  0x3f000000, 0x3f000000, 0x3f000000, 0x3f000000, 0x3e2347b8, 0x3f000000});
}

TEST_CASE("celu's gradient is PyTorch's elu double-backward op and matches finite differences to second order") {
  Tensor x = vec({0.5, -0.25}, true);
  std::vector<Tensor> g = grad({sum(activation(Activation::Celu, x, {1.5}))}, {}, {x}, true, false, true);
  CHECK(name_of(g[0]) == "EluBackwardBackward0");
  for (double alpha : {0.6, 1.0, 2.5}) {
    check_gradients([alpha](auto& in) { return activation(Activation::Celu, in[0], {alpha}); }, {smooth_inputs()});
    check_gradients([alpha](auto& in) {
      Tensor y = activation(Activation::Celu, in[0], {alpha});
      return mul(y, y);
    }, {smooth_inputs()});
  }
}

TEST_CASE("celu refuses alpha 0 before anything else, and integer tensors by elu's kernel") {
  CHECK_THROWS_WITH(activation(Activation::Celu, ints({1}), {0}), "ZeroDivisionError: alpha cannot be 0 for CELU");
  CHECK_THROWS_WITH(activation(Activation::Celu, ints({1}), {1}), "\"elu_cpu\" not implemented for 'Long'");
}
