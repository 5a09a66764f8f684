// sum and mean over everything or over dims.
#include "helpers.h"

using namespace gb;
using namespace gb::test;

TEST_CASE("sum and mean over all elements and over dims") {
  Tensor m = make({1, 2, 3, 4, 5, 6}, {2, 3});
  CHECK(values(sum(m)) == std::vector<double>{21});
  CHECK(values(sum(m, {0}, false)) == std::vector<double>{5, 7, 9});
  CHECK(values(sum(m, {1}, true)) == std::vector<double>{6, 15});
  CHECK(sum(m, {1}, true).shape() == Shape{2, 1});
  CHECK(values(mean(m, {-1}, false)) == std::vector<double>{2, 5});
  CHECK(values(mean(m)) == std::vector<double>{3.5});
}

TEST_CASE("integers sum to int64 and cannot be averaged") {
  Tensor b = make({1, 0, 1}, {3}, DType::Bool);
  CHECK(sum(b).dtype() == DType::Int64);
  CHECK(values(sum(b)) == std::vector<double>{2});
  CHECK_THROWS_WITH(mean(make({1, 2}, {2}, DType::Int64)), doctest::Contains("Got: Long"));
}

TEST_CASE("reduction node names follow PyTorch") {
  Tensor x = vec({1, 2}, true);
  CHECK(sum(x).grad_fn()->name() == "SumBackward0");
  CHECK(sum(x, {0}, false).grad_fn()->name() == "SumBackward1");
  CHECK(mean(x).grad_fn()->name() == "MeanBackward0");
  CHECK(mean(x, {0}, false).grad_fn()->name() == "MeanBackward1");
}

TEST_CASE("reduction gradients agree with finite differences") {
  auto a = f64({0.5, -1.5, 2.0, 1.0, 0.25, -3.0}, {2, 3});
  check_gradients([](auto& in) { return sum(in[0]); }, {a});
  check_gradients([](auto& in) { return sum(in[0], {0}, false); }, {a});
  check_gradients([](auto& in) { return mean(in[0], {1}, true); }, {a});
  check_gradients([](auto& in) { return mean(in[0]); }, {a});
}
