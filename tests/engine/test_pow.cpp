// Powers: tensor ** number, tensor ** tensor, number ** tensor.
#include <cmath>

#include "helpers.h"

using namespace gb;
using namespace gb::test;


TEST_CASE("the three forms have PyTorch's node names") {
  Tensor x = vec({2, 3}, true);
  CHECK(pow(x, num(2, DType::Int64)).grad_fn()->name() == "PowBackward0");
  CHECK(pow(x, x).grad_fn()->name() == "PowBackward1");
  CHECK(pow(num(2, DType::Int64), x).grad_fn()->name() == "PowBackward2");
}

TEST_CASE("integer powers stay integers; a float exponent makes a float") {
  CHECK(pow(ints({1, 2, 3}), num(2, DType::Int64)).dtype() == DType::Int64);
  CHECK(pow(ints({1, 2}), num(2.0)).dtype() == DType::Float32);
  CHECK(values(pow(ints({2, -1, 1}), ints({-1, -3, -2}))) == std::vector<double>{0, -1, 1});
  CHECK(values(pow(num(2, DType::Int64), ints({1, 2, 10}))) == std::vector<double>{2, 4, 1024});
  CHECK_THROWS_WITH(pow(ints({2}), num(-1, DType::Int64)), "Integers to negative integer powers are not allowed.");
  CHECK_THROWS_WITH(pow(make({1}, {1}, DType::Bool), make({1}, {1}, DType::Bool)),
                    "\"pow\" not implemented for 'Bool'");
}

TEST_CASE("exponents 0 and 1 give ones and a copy") {
  Tensor x = vec({NAN, 2});
  CHECK(values(pow(x, num(0, DType::Int64))) == std::vector<double>{1, 1});
  CHECK(std::isnan(values(pow(x, num(1, DType::Int64)))[0]));
}

TEST_CASE("the exponent gradient is 0 where the base is 0 and the exponent non-negative") {
  Tensor x = vec({0, 1}, true);
  backward({sum(pow(x, x))}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{0, 1});
  Tensor e = vec({0, 1}, true);
  backward({sum(pow(num(0, DType::Int64), e))}, {}, false);
  CHECK(values(grad_of(e)) == std::vector<double>{0, 0});
}

TEST_CASE("power gradients agree with finite differences, broadcast included") {
  Tensor base = f64({0.5, 1.5, 2.0, 1.25, 0.75, 3.0}, {2, 3});
  check_gradients([](auto& in) { return pow(in[0], num(3, DType::Int64)); }, {f64({0.5, -1.5, 2.0}, {3})});
  check_gradients([](auto& in) { return pow(in[0], num(-1.5)); }, {base});
  check_gradients([](auto& in) { return pow(in[0], num(0.5)); }, {base});
  check_gradients([](auto& in) { return pow(in[0], in[1]); }, {base, f64({0.5, -2.0, 1.5}, {3})});
  check_gradients([](auto& in) { return pow(num(2.5), in[0]); }, {f64({0.5, -2.0, 1.5}, {3})});
}
