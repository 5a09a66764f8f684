// Rounding divisions: //, %, fmod and div(rounding_mode=).
#include <cmath>

#include "helpers.h"

using namespace gb;
using namespace gb::test;


TEST_CASE("floor division and remainder follow Python's signs") {
  CHECK(values(floor_divide(ints({-1, -2, -3, 7}), num(2, DType::Int64))) == std::vector<double>{-1, -1, -2, 3});
  CHECK(values(remainder(ints({-1, -2, -3, 7}), num(2, DType::Int64))) == std::vector<double>{1, 0, 1, 1});
  CHECK(values(floor_divide(vec({-3.5, 3.5}), num(2))) == std::vector<double>{-2, 1});
  CHECK(values(remainder(vec({-3.5, 3.5}), num(-2))) == std::vector<double>{-1.5, -0.5});
  CHECK(values(fmod(vec({-3.5, 3.5}), num(2))) == std::vector<double>{-1.5, 1.5});
  CHECK(values(div(vec({-3.5, 3.5}), num(2), RoundingMode::Trunc)) == std::vector<double>{-1, 1});
  CHECK(div(ints({7}), num(2, DType::Int64), RoundingMode::Floor).dtype() == DType::Int64);
}

TEST_CASE("integer division by zero is PyTorch's ZeroDivisionError; floats give inf and nan") {
  CHECK_THROWS_WITH(floor_divide(ints({5}), ints({0})), "ZeroDivisionError");
  CHECK_THROWS_WITH(remainder(ints({5}), ints({0})), "ZeroDivisionError");
  std::vector<double> q = values(floor_divide(vec({5, -5}), num(0)));
  CHECK(q == std::vector<double>{INFINITY, -INFINITY});
  CHECK(std::isnan(values(remainder(vec({5}), num(0)))[0]));
}

TEST_CASE("bools have no rounding division") {
  Tensor b = make({1, 0}, {2}, DType::Bool);
  CHECK_THROWS_WITH(floor_divide(b, b), "\"div_floor_cpu\" not implemented for 'Bool'");
  CHECK_THROWS_WITH(remainder(b, b), "\"remainder_cpu\" not implemented for 'Bool'");
  CHECK(floor_divide(b, num(2, DType::Int64)).dtype() == DType::Int64);
}

TEST_CASE("floor_divide records a node that cannot run, as PyTorch's NotImplemented") {
  Tensor x = vec({2, 3.5}, true);
  Tensor q = floor_divide(x, num(2));
  CHECK(q.grad_fn()->name() == "NotImplemented");
  CHECK_THROWS_WITH(backward({sum(q)}, {}, false), "derivative for aten::floor_divide is not implemented");
}

TEST_CASE("remainder and fmod node names depend on whether the divisor is a number") {
  Tensor x = vec({2, 3.5}, true);
  CHECK(remainder(x, num(2)).grad_fn()->name() == "RemainderBackward0");
  CHECK(remainder(x, x).grad_fn()->name() == "RemainderBackward1");
  CHECK(fmod(x, num(2)).grad_fn()->name() == "FmodBackward0");
  CHECK(div(x, num(2), RoundingMode::Floor).grad_fn()->name() == "DivBackward2");
}

TEST_CASE("rounding division gradients agree with finite differences") {
  Tensor a = f64({2.3, -3.7, 5.1, 1.3, -0.6, 4.4}, {2, 3}), b = f64({1.5, -2.2, 0.7}, {3});
  check_gradients([](auto& in) { return remainder(in[0], in[1]); }, {a, b});
  check_gradients([](auto& in) { return fmod(in[0], in[1]); }, {a, b});
  check_gradients([](auto& in) { return div(in[0], in[1], RoundingMode::None); }, {a, b});
  check_gradients([](auto& in) { return div(in[0], in[1], RoundingMode::Floor); }, {a, b});
}
