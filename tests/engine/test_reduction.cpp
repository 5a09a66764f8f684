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

TEST_CASE("sum and mean take a dtype to compute and return in") {
  Tensor m = make({1.5, 2, 3}, {3});
  CHECK(sum(m, DType::Int32).dtype() == DType::Int32);
  CHECK(values(sum(m, DType::Int32)) == std::vector<double>{6});
  Tensor ints = make({1, 2, 3}, {3}, DType::Int64);
  CHECK(values(mean(ints, DType::Float32)) == std::vector<double>{2});
  CHECK_THROWS_WITH(mean(ints, DType::Int64), doctest::Contains("Optional dtype must be either a floating point"));
  Tensor x = vec({1, 2}, true);
  Tensor s = sum(x, DType::Float64);
  CHECK(s.grad_fn()->name() == "SumBackward0");
  backward({s}, {}, false);
  CHECK(grad_of(x).dtype() == DType::Float32);
}

TEST_CASE("prod multiplies, integers in int64, and names its nodes") {
  Tensor m = make({2, 0, 3, 4}, {2, 2});
  CHECK(values(prod(m)) == std::vector<double>{0});
  CHECK(values(prod(m, 1, false)) == std::vector<double>{0, 12});
  CHECK(prod(make({1, 2}, {2}, DType::Int32)).dtype() == DType::Int64);
  CHECK(values(prod(make({}, {0}))) == std::vector<double>{1});
  Tensor x = vec({2, 3}, true);
  CHECK(prod(x).grad_fn()->name() == "ProdBackward0");
  CHECK(prod(x, 0, false).grad_fn()->name() == "ProdBackward1");
}

TEST_CASE("the gradient of prod with zeros is the product of the other elements") {
  Tensor x = vec({2, 0, 3}, true);
  backward({prod(x)}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{0, 6, 0});
  Tensor y = vec({2, 0, 0}, true);
  backward({prod(y)}, {}, false);
  CHECK(values(grad_of(y)) == std::vector<double>{0, 0, 0});
  Tensor z = make({2, 0, 3, 4}, {2, 2}, DType::Float32, true);
  backward({sum(prod(z, 0, false))}, {}, false);
  CHECK(values(grad_of(z)) == std::vector<double>{3, 4, 2, 0});
}

TEST_CASE("all and any give bool, over everything or a dim") {
  Tensor m = make({1, 0, 2, 3}, {2, 2});
  CHECK(values(all(m)) == std::vector<double>{0});
  CHECK(values(any(m)) == std::vector<double>{1});
  CHECK(values(all(m, 1, false)) == std::vector<double>{0, 1});
  CHECK(all(m, 0, true).shape() == Shape{1, 2});
  CHECK(values(all(make({}, {0}))) == std::vector<double>{1});
  CHECK(values(all(vec({NAN}))) == std::vector<double>{1});
}

TEST_CASE("prod of 32 floats multiplies in 32 lanes, then the lanes, as PyTorch's vectorised kernel does") {
  Tensor x = vec({0.96, 0.87, 0.64, 1.37, 0.51, 1.0,  1.4,  0.58, 1.05, 1.12, 0.54, 0.88, 1.2,  0.95, 1.23, 0.66,
                  0.74, 0.61, 1.01, 1.42, 1.09, 1.27, 0.88, 1.25, 0.6,  0.79, 1.17, 1.23, 0.92, 0.59, 0.77, 0.71});
  CHECK(values(prod(x))[0] == 0.031297337263822556);  // multiplying in order gives 0.03129732981324196
}

TEST_CASE("prod gradients agree with finite differences") {
  auto a = f64({0.5, -1.5, 2.0, 1.0, 0.25, -3.0}, {2, 3});
  check_gradients([](auto& in) { return prod(in[0]); }, {a});
  check_gradients([](auto& in) { return prod(in[0], 1, true); }, {a});
  check_gradients([](auto& in) { return prod(in[0], 0, false); }, {f64({0.5, 0.0, 2.0, 1.0, 0.25, -3.0}, {2, 3})});
  check_gradients([](auto& in) { return prod(in[0]); }, {f64({0.5, 0.0, 2.0, 1.0, 0.25, -3.0}, {2, 3})});
  // Two zeros: PyTorch 1.13 returns plain zeros, whose own derivative is taken as zero.
  check_first_gradients([](auto& in) { return prod(in[0]); }, {f64({0.5, 0.0, 2.0, 1.0, 0.0, -3.0}, {2, 3})});
  check_gradients([](auto& in) { return prod(in[0], 1, true); }, {f64({0.5, 0.0, 0.0, 1.0, 0.25, -3.0}, {2, 3})});
  check_gradients([](auto& in) { return sum(in[0], {}, false, DType::Float64); }, {a});
}

TEST_CASE("cumsum runs along a dim; integers sum in int64") {
  Tensor m = make({1, 2, 3, 4}, {2, 2});
  CHECK(values(cumsum(m, 1)) == std::vector<double>{1, 3, 3, 7});
  CHECK(values(cumsum(m, 0)) == std::vector<double>{1, 2, 4, 6});
  CHECK(cumsum(make({1, 2}, {2}, DType::Int32), 0).dtype() == DType::Int64);
  Tensor x = make({1, 2, 3, 4}, {2, 2}, DType::Float32, true);
  Tensor y = cumsum(x, 1);
  CHECK(y.grad_fn()->name() == "CumsumBackward0");
  backward({y}, {make({1, 2, 3, 4}, {2, 2})}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{3, 2, 7, 4});
}

TEST_CASE("cumsum gradients agree with finite differences") {
  auto a = f64({0.5, -1.5, 2.0, 1.0, 0.25, -3.0}, {2, 3});
  check_gradients([](auto& in) { return cumsum(in[0], 1); }, {a});
  check_gradients([](auto& in) { return cumsum(in[0], 0); }, {a});
}
