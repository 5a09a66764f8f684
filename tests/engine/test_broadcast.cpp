// Broadcasting: result shapes, errors, and gradients summed back to each operand's shape.
#include "helpers.h"

using namespace gb;
using namespace gb::test;

TEST_CASE("shapes broadcast right-aligned") {
  CHECK(broadcast_shapes({2, 1, 3}, {4, 1}) == Shape{2, 4, 3});
  CHECK(broadcast_shapes({}, {5}) == Shape{5});
  CHECK_THROWS_WITH(broadcast_shapes({2}, {3}),
                    "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0");
}

TEST_CASE("a row and a column broadcast to a matrix without copying either") {
  Tensor row = make({1, 2, 3}, {1, 3}), col = make({10, 20}, {2, 1});
  CHECK(values(add(row, col)) == std::vector<double>{11, 12, 13, 21, 22, 23});
  Tensor e = expand(row, {2, 3});
  CHECK(e.strides() == Shape{0, 1});
  CHECK(e.impl()->storage == row.impl()->storage);
}

TEST_CASE("the gradient of a broadcast operand is summed over the broadcast dims") {
  Tensor m = make({1, 2, 3, 4, 5, 6}, {2, 3}, DType::Float32, true);
  Tensor bias = vec({1, 1, 1}, true);
  Tensor out = sum(mul(add(m, bias), m));
  backward({out}, {}, false);
  CHECK(values(grad_of(bias)) == std::vector<double>{5, 7, 9});
  CHECK(grad_of(bias).shape() == Shape{3});
}

TEST_CASE("broadcast gradients agree with finite differences") {
  auto a = f64({0.5, -1.5, 2.0, 1.0, 0.25, -3.0}, {2, 3});
  check_gradients([](auto& in) { return mul(in[0], in[1]); }, {a, f64({2.0, -1.0, 0.5}, {3})});
  check_gradients([](auto& in) { return div(in[0], in[1]); }, {a, f64({2.0, -1.0}, {2, 1})});
  check_gradients([](auto& in) { return sub(in[0], in[1]); }, {a, f64({0.75}, {})});
  check_gradients([](auto& in) { return expand(in[0], {4, 2, 3}); }, {f64({1, 2, 3}, {1, 3})});
}
