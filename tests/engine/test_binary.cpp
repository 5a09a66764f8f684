// The table of elementwise functions of two operands (ops/elementwise/binary.cpp), addressed by name as
// the bindings address it; hypot is reached only this way.
#include "helpers.h"
#include "ops/binary.h"

using namespace gb;
using namespace gb::test;

namespace {
Tensor hypot(const Tensor& a, const Tensor& b) { return binary(binary_code("hypot"), a, b); }
}  // namespace

TEST_CASE("every row has its own name, and a code that finds it again") {
  for (int32_t code = 0; code < binary_count(); ++code) CHECK(binary_code(binary_name(code)) == code);
  CHECK_THROWS_WITH(binary_code("atan2"), "no binary op named atan2");
  CHECK_THROWS_WITH(binary(-1, vec({1}), vec({1})), "invalid binary op code -1");
}

TEST_CASE("an op without an in-place form refuses one") {
  CHECK_FALSE(binary_has_inplace(binary_code("eq")));
  CHECK_THROWS_WITH(binary_(binary_code("eq"), vec({1}), vec({1})), "eq_ is not supported yet");
}

TEST_CASE("hypot is sqrt(a² + b²) without overflow, in the promoted floating dtype") {
  CHECK(values(hypot(vec({3, 5, 0}), vec({4, 12, -2}))) == std::vector<double>{5, 13, 2});
  CHECK(values(hypot(f64({3e200}, {1}), f64({4e200}, {1}))) == std::vector<double>{4.9999999999999995e200});
  Tensor mixed = hypot(make({3}, {1}, DType::Int32), f64({4}, {1}));
  CHECK(mixed.dtype() == DType::Float64);
  CHECK(hypot(vec({3}), make({4}, {1}, DType::Int64)).dtype() == DType::Float32);
  CHECK(values(hypot(vec({3, 6}), vec({4}))) == std::vector<double>{5, 7.2111024856567383});
}

TEST_CASE("hypot has no integer or bool kernel, as in PyTorch") {
  CHECK_THROWS_WITH(hypot(ints({3}), ints({4})), "\"hypot_cpu\" not implemented for 'Long'");
  CHECK_THROWS_WITH(hypot(make({1}, {1}, DType::Bool), make({1}, {1}, DType::Bool)),
                    "\"hypot_cpu\" not implemented for 'Bool'");
}

TEST_CASE("hypot's gradients are grad·a/out and grad·b/out (HypotBackward0)") {
  Tensor a = vec({3, -5}, true), b = vec({4, 12}, true);
  Tensor out = hypot(a, b);
  CHECK(name_of(out) == "HypotBackward0");
  backward({out}, {ones_like(out)}, false);
  CHECK(values(grad_of(a)) == std::vector<double>{0.60000002384185791, -0.38461539149284363});
  CHECK(values(grad_of(b)) == std::vector<double>{0.80000001192092896, 0.92307692766189575});
  check_gradients([](auto& in) { return hypot(in[0], in[1]); },
                  {f64({0.5, -1.5, 2.0, 3.0, -0.25, 1.0}, {2, 3}), f64({1.5, 0.75, -2.0}, {3})});
}

TEST_CASE("hypot_ writes into self, and its gradient reads self from before the write") {
  const int32_t code = binary_code("hypot");
  Tensor a = vec({3, 5});
  binary_(code, a, vec({4, 12}));
  CHECK(values(a) == std::vector<double>{5, 13});
  CHECK_THROWS_WITH(binary_(code, ints({3}), vec({4})), "result type Float can't be cast to the desired output type Long");
  check_gradients(
      [code](auto& in) {
        Tensor x = mul(in[0], num(1));
        binary_(code, x, in[1]);
        return x;
      },
      {f64({0.5, -1.5, 2.0}, {3}), f64({1.5, 0.75, -2.0}, {3})});
}

TEST_CASE("xlogy is x·ln y, 0 where x is 0 unless y is nan, in the default float dtype for integers") {
  std::vector<double> v = values(xlogy(vec({0, 0, 2, 1, 0}), vec({0, 5, 1, 0, NAN})));
  CHECK(v[0] == 0);
  CHECK(v[1] == 0);
  CHECK(v[2] == 0);
  CHECK(v[3] == -INFINITY);
  CHECK(std::isnan(v[4]));
  Tensor i = xlogy(ints({1, 2}), ints({3, 4}));
  CHECK(i.dtype() == DType::Float32);
  CHECK(values(i) == std::vector<double>{double(std::log(3.0f)), double(2 * std::log(4.0f))});
}

TEST_CASE("xlogy's gradients are xlogy(grad, y) (0 where x = 0 and y ≤ 0) and grad·x/y, with a number on either side") {
  Tensor x = vec({0, 0.5, 2}, true), y = vec({1.5, 2, 0.5}, true);
  Tensor out = xlogy(x, y);
  CHECK(name_of(out) == "XlogyBackward0");
  backward({out}, {ones_like(out)}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{double(std::log(1.5f)), double(std::log(2.0f)), double(std::log(0.5f))});
  CHECK(values(grad_of(y)) == std::vector<double>{0, 0.25, 4});
  const int32_t code = binary_code("xlogy");
  CHECK(name_of(binary(code, x, num(3))) == "XlogyBackward2");
  CHECK(name_of(binary(code, num(3), y)) == "XlogyBackward1");
  check_gradients([](auto& in) { return xlogy(in[0], in[1]); },
                  {f64({0.5, -1.5, 2.0, 3.0, 0.25, 1.0}, {2, 3}), f64({1.5, 0.75, 2.5}, {3})});
}
