// The table of pointwise functions of three tensors (ops/elementwise/ternary.cpp): addcmul,
// addcdiv and lerp, their dtype rules, PyTorch's bits (one rounding for the fused multiply-add),
// errors, gradients and in-place forms.
#include "helpers.h"

using namespace gb;
using namespace gb::test;

namespace {
Tensor addcmul(const Tensor& s, const Tensor& a, const Tensor& b, double value = 1) {
  return ternary(Ternary::Addcmul, s, a, b, value);
}
Tensor addcdiv(const Tensor& s, const Tensor& a, const Tensor& b, double value = 1) {
  return ternary(Ternary::Addcdiv, s, a, b, value);
}
Tensor lerp(const Tensor& s, const Tensor& end, const Tensor& weight) { return ternary(Ternary::Lerp, s, end, weight, 0); }

const std::vector<double> kStart{0.1, 0.7, -3.3}, kEnd{1.3, -2.9, 7.7};
}  // namespace

TEST_CASE("the rows are named as the torch functions") {
  CHECK(ternary_name(Ternary::Addcmul) == "addcmul");
  CHECK(ternary_name(Ternary::Addcdiv) == "addcdiv");
  CHECK(ternary_name(Ternary::Lerp) == "lerp");
  CHECK_THROWS_WITH(ternary(Ternary::Count, vec({1}), vec({1}), vec({1}), 1), "no pointwise ternary op with code 3");
}

TEST_CASE("addcmul is self + value·a·b rounded once, as PyTorch's fused kernel") {
  // A separately rounded product and sum would give -0x1.75d2fp+2 for the last element.
  CHECK(values(addcmul(vec(kStart), vec(kEnd), vec(kStart), 0.1)) ==
        std::vector<double>{0x1.ced916p-4, 0x1.fced9p-2, -0x1.75d2f2p+2});
  CHECK(values(addcmul(ints({1, 2}), ints({1, 2}), ints({1, 2}), -2.7)) == std::vector<double>{-1, -6});
  Tensor promoted = addcmul(ints({1, 2}), vec({1, 2}), ints({3, 4}));
  CHECK(promoted.dtype() == DType::Float32);
  CHECK(values(promoted) == std::vector<double>{4, 10});
  CHECK(addcmul(vec({1}), f64({1}, {1}), vec({1})).dtype() == DType::Float64);
  CHECK(addcmul(make({1}, {}), vec({1, 2}), make({1, 2}, {2, 1})).shape() == Shape{2, 2});
  Tensor bools = make({1, 0}, {2}, DType::Bool);
  CHECK_THROWS_WITH(addcmul(bools, bools, bools), "\"addcmul_cpu_out\" not implemented for 'Bool'");
}

TEST_CASE("addcdiv is self + value·a/b and refuses integer quotients") {
  CHECK(values(addcdiv(vec(kStart), vec(kEnd), vec(kStart), 0.1)) ==
        std::vector<double>{0x1.666666p+0, 0x1.249246p-2, -0x1.c44444p+1});
  CHECK(values(addcdiv(vec({1, 2}), vec({1, 2}), vec({0, 2}), 2)) == std::vector<double>{INFINITY, 4});
  CHECK_THROWS_WITH(addcdiv(vec({1}), ints({1}), make({1}, {1}, DType::Bool)),
                    doctest::Contains("Integer division with addcdiv is no longer supported, and in a future  release"));
  CHECK(values(addcdiv(ints({1}), vec({3}), ints({2}))) == std::vector<double>{2.5});
}

TEST_CASE("lerp takes self + w·(end − self) below w = 0.5 and end − (end − self)·(1 − w) above, fused") {
  auto bits = [](double w) { return values(lerp(vec(kStart), vec(kEnd), num(w))); };
  CHECK(bits(0.3) == std::vector<double>{0x1.d70a3ep-2, -0x1.851ebep-2, 0x1.8p-23});
  CHECK(bits(0.7) == std::vector<double>{0x1.e147acp-1, -0x1.d1eb86p+0, 0x1.199998p+2});
  CHECK(bits(1.7) == std::vector<double>{0x1.11eb84p+1, -0x1.5ae14ap+2, 0x1.eccccep+3});
  // A negative weight takes the first form (1.13 compares w itself, not |w|, with 0.5).
  CHECK(bits(-0.7) == std::vector<double>{-0x1.7ae146p-1, 0x1.9c28f6p+1, -0x1.6p+3});
  CHECK(bits(1) == values(vec(kEnd)));
  CHECK(values(lerp(vec(kStart), vec(kEnd), vec({0.3, 0.7, -0.7}))) ==
        std::vector<double>{0x1.d70a3ep-2, -0x1.d1eb86p+0, -0x1.6p+3});
}

TEST_CASE("lerp wants one floating dtype for all three, with PyTorch's messages") {
  CHECK_THROWS_WITH(lerp(vec({1}), ints({1}), num(0.5)), "expected dtype float for `end` but got dtype long int");
  CHECK_THROWS_WITH(lerp(vec({1}), vec({1}), f64({0.5}, {})), "expected dtype float for `weight` but got dtype double");
  CHECK_THROWS_WITH(lerp(ints({1}), ints({1}), num(0.5)), "\"lerp_kernel_scalar\" not implemented for 'Long'");
  CHECK_THROWS_WITH(lerp(ints({1}), ints({1}), ints({1})), "\"lerp_kernel_tensor\" not implemented for 'Long'");
  CHECK(values(lerp(vec({1, 2}), vec({3, 4}), num(2, DType::Int64))) == std::vector<double>{5, 6});
  CHECK_THROWS_WITH(lerp(vec({1, 2}), vec({1, 2, 3}), num(0.5)),
                    "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0");
}

TEST_CASE("the nodes are PyTorch's: a number weight is LerpBackward0, a tensor one LerpBackward1") {
  Tensor a = vec({1, 2}, true), b = vec({3, 4}, true), w = vec({0.25, 0.75}, true);
  CHECK(name_of(addcmul(a, b, w)) == "AddcmulBackward0");
  CHECK(name_of(addcdiv(a, b, w)) == "AddcdivBackward0");
  CHECK(name_of(lerp(a, b, num(0.5))) == "LerpBackward0");
  CHECK(name_of(lerp(a, b, w)) == "LerpBackward1");
  Tensor out = lerp(a, b, num(0.25));
  backward({out}, {ones_like(out)}, false);
  CHECK(values(grad_of(a)) == std::vector<double>{0.75, 0.75});
  CHECK(values(grad_of(b)) == std::vector<double>{0.25, 0.25});
}

TEST_CASE("gradients match float64 finite differences, first and second order, broadcasting included") {
  const Tensor self = f64({0.5, -1.5, 2.0, 3.0, -0.25, 1.0}, {2, 3});
  const Tensor a = f64({1.5, 0.75, -2.0}, {3});
  const Tensor b = f64({0.8, -1.25}, {2, 1});
  check_gradients([](auto& in) { return addcmul(in[0], in[1], in[2], 0.7); }, {self, a, b});
  check_gradients([](auto& in) { return addcdiv(in[0], in[1], in[2], -1.5); }, {self, a, b});
  check_gradients([](auto& in) { return lerp(in[0], in[1], in[2]); }, {self, a, b});
  check_gradients([](auto& in) { return lerp(in[0], in[1], num(0.3)); }, {self, a});
  check_gradients([](auto& in) { return lerp(in[0], in[1], num(0.8)); }, {self, a});
}

TEST_CASE("the in-place forms keep self's shape and dtype, and read self from before the write") {
  Tensor x = vec({1, 2});
  ternary_(Ternary::Addcmul, x, vec({3, 4}), vec({2, 2}), 0.5);
  CHECK(values(x) == std::vector<double>{4, 6});
  CHECK_THROWS_WITH(ternary_(Ternary::Addcmul, ints({1, 2}), vec({1, 2}), vec({3, 4}), 1),
                    "result type Float can't be cast to the desired output type Long");
  CHECK_THROWS_WITH(ternary_(Ternary::Lerp, vec({1, 2}), make({1, 2}, {1, 2}), num(0.5), 0),
                    "output with shape [2] doesn't match the broadcast shape [1, 2]");
  Tensor n = ints({1, 2});
  ternary_(Ternary::Addcmul, n, ints({3, 4}), ints({2, 2}), 2);
  CHECK(values(n) == std::vector<double>{13, 18});
  check_gradients(
      [](auto& in) {
        Tensor y = mul(in[0], num(1));
        ternary_(Ternary::Lerp, y, in[1], in[2], 0);
        return y;
      },
      {f64({0.5, -1.5, 2.0}, {3}), f64({1.5, 0.75, -2.0}, {3}), f64({0.2, 0.9, -0.3}, {3})});
}
