// Comparisons, logic, where, maximum/minimum, clamp and isclose.
#include <cfloat>
#include <cmath>

#include "autograd/grad_mode.h"
#include "helpers.h"

using namespace gb;
using namespace gb::test;

namespace {
Tensor bools(const std::vector<double>& v) { return make(v, {int64_t(v.size())}, DType::Bool); }
}  // namespace

TEST_CASE("comparisons give bool, compared in the promoted dtype") {
  Tensor r = eq(ints({1, 2}), num(1.5));
  CHECK(r.dtype() == DType::Bool);
  CHECK(values(r) == std::vector<double>{0, 0});
  CHECK(values(lt(ints({1, 2}), vec({1.5}))) == std::vector<double>{1, 0});
  CHECK(values(ge(vec({1, 2, 3}), num(2))) == std::vector<double>{0, 1, 1});
  CHECK(values(ne(vec({NAN}), vec({NAN}))) == std::vector<double>{1});
}

TEST_CASE("logical ops treat non-zero as true; bitwise ops need integers or bools") {
  CHECK(values(logical_and(vec({1, 0}), ints({2, 3}))) == std::vector<double>{1, 0});
  CHECK(values(logical_xor(vec({1, 0}), bools({1, 1}))) == std::vector<double>{0, 1});
  CHECK(values(logical_not(vec({NAN, 0}))) == std::vector<double>{0, 1});
  CHECK(values(bitwise_and(ints({3, 5}), num(1, DType::Int64))) == std::vector<double>{1, 1});
  CHECK(bitwise_or(ints({3, 5}), bools({1, 0})).dtype() == DType::Int64);
  CHECK(values(bitwise_not(ints({3, -6}))) == std::vector<double>{-4, 5});
  CHECK(values(bitwise_not(bools({1, 0}))) == std::vector<double>{0, 1});
  CHECK_THROWS_WITH(bitwise_and(vec({3}), num(1, DType::Int64)), "\"bitwise_and_cpu\" not implemented for 'Float'");
}

TEST_CASE("where picks elementwise, promotes and broadcasts") {
  Tensor cond = make({1, 0}, {2, 1}, DType::Bool);
  Tensor r = where(cond, ints({1, 2}), num(0.5));
  CHECK(r.dtype() == DType::Float32);
  CHECK(r.shape() == Shape{2, 2});
  CHECK(values(r) == std::vector<double>{1, 2, 0.5, 0.5});
  CHECK_THROWS_WITH(where(ints({1, 0}), vec({1, 2}), vec({3, 4})),
                    "where expected condition to be a boolean tensor, but got a tensor with dtype Long");
}

TEST_CASE("maximum and minimum let nan through and keep -0 against 0") {
  Tensor x = vec({NAN, -0.0, 2}), zero = vec({0});
  std::vector<double> mx = values(maximum(x, zero)), mn = values(minimum(x, zero));
  CHECK(std::isnan(mx[0]));
  CHECK(std::signbit(mx[1]));
  CHECK(mx[2] == 2);
  CHECK(std::signbit(mn[1]));
}

TEST_CASE("maximum splits the gradient of a tie in halves") {
  Tensor x = vec({1, 3, 3, 2}, true);
  backward({sum(maximum(x, vec({1, 3, 0, 0})))}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{0.5, 0.5, 1, 1});
}

TEST_CASE("clamp with numbers: ClampBackward1, promoted dtype, nan kept") {
  Tensor x = vec({1, 3, 1.5, 2}, true);
  Tensor y = clamp(x, num(1), num(2));
  CHECK(y.grad_fn()->name() == "ClampBackward1");
  backward({sum(y)}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{1, 0, 1, 1});
  CHECK(clamp(ints({1, 5}), num(0.5), Tensor{}).dtype() == DType::Float32);
  CHECK(std::isnan(values(clamp(vec({NAN}), num(0), num(1)))[0]));
  CHECK(values(clamp(vec({1, 5}), num(3), num(2))) == std::vector<double>{2, 2});
  CHECK_THROWS_WITH(clamp(x, Tensor{}, Tensor{}), "torch.clamp: At least one of 'min' or 'max' must not be None");
}

TEST_CASE("clamp with tensors: ClampBackward0 gives the bounds their share") {
  Tensor x = vec({0, 5, 2, 2}, true), lo = vec({1, 1, 3, 1}, true), hi = vec({4, 4, 2, 0.5}, true);
  Tensor y = clamp(x, lo, hi);
  CHECK(y.grad_fn()->name() == "ClampBackward0");
  backward({sum(y)}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{0, 0, 0, 0});
  CHECK(values(grad_of(lo)) == std::vector<double>{1, 0, 0, 0});
  CHECK(values(grad_of(hi)) == std::vector<double>{0, 1, 1, 1});
}

TEST_CASE("clamp records no node under no_grad, even with bounds that require grad") {
  Tensor x = vec({0.2, 0.9}), lo = vec({0.5}, true);
  GradModeGuard no_grad(false);
  CHECK_FALSE(clamp(x, lo, Tensor{}).requires_grad());
  clamp_(x, lo, Tensor{});
  CHECK_FALSE(x.grad_fn());
}

TEST_CASE("clamp_ refuses a result its dtype cannot hold, in PyTorch's words") {
  CHECK_THROWS_WITH(clamp_(ints({1, 5}), num(0.5), num(2, DType::Int64)),
                    "result type Float can't be cast to the desired output type long int");
  Tensor a = ints({1, 5});
  clamp_(a, num(2, DType::Int64), Tensor{});
  CHECK(values(a) == std::vector<double>{2, 5});
}

TEST_CASE("isclose, allclose's building block, and equal") {
  CHECK(values(isclose(vec({1, 2}), vec({1, 2.000001f}), 1e-5, 1e-8, false)) == std::vector<double>{1, 1});
  CHECK(values(isclose(vec({INFINITY, NAN}), vec({INFINITY, NAN}), 1e-5, 1e-8, false)) == std::vector<double>{1, 0});
  CHECK(values(isclose(vec({NAN}), vec({NAN}), 1e-5, 1e-8, true)) == std::vector<double>{1});
  CHECK_THROWS_WITH(isclose(ints({1}), vec({1}), 1e-5, 1e-8, false), "Long did not match Float");
  CHECK(equal(ints({1, 2}), vec({1, 2})));
  CHECK(!equal(vec({1, 2}), vec({1, 2, 3})));
  CHECK(!equal(vec({NAN}), vec({NAN})));
}

TEST_CASE("selection gradients agree with finite differences, broadcast included") {
  // No ties between a and b: there the one-sided slopes differ and finite differences average them.
  Tensor a = f64({0.5, -1.5, 2.0, 1.0, 0.25, -3.0}, {2, 3}), b = f64({1.1, -1.0, 0.1}, {3});
  Tensor cond = make({1, 0, 1}, {3}, DType::Bool);
  check_gradients([&](auto& in) { return where(cond, in[0], in[1]); }, {a, b});
  check_gradients([](auto& in) { return maximum(in[0], in[1]); }, {a, b});
  check_gradients([](auto& in) { return minimum(in[0], in[1]); }, {a, b});
  check_gradients([](auto& in) { return clamp(in[0], num(-1), num(1.5)); }, {a});
  check_gradients([](auto& in) { return clamp(in[0], in[1], Tensor{}); }, {a, b});
  check_gradients([](auto& in) { return clamp(in[0], in[1], in[2]); }, {a, b, f64({1.8}, {1})});
}

TEST_CASE("nonzero lists the coordinates of non-zero elements in row-major order") {
  Tensor m = make({0, 3, 0, 0, 5, 6}, {2, 3});
  Tensor r = nonzero(m);
  CHECK(r.shape() == Shape{3, 2});
  CHECK(values(r) == std::vector<double>{0, 1, 1, 1, 1, 2});
  CHECK(nonzero(vec({0, 0})).shape() == Shape{0, 1});
}

TEST_CASE("gradients of clamp_ and of where with broadcast operands agree with finite differences") {
  auto x = f64({0.5, -1.5, 2.0, 1.0, 0.25, -3.0}, {2, 3});
  check_gradients([](auto& in) { return clamp_(mul(in[0], num(1, DType::Int64)), in[1], num(1.5)); },
                  {x, f64({-1, 0.6, 0.1}, {3})});
  Tensor cond = make({1, 0, 1}, {3}, DType::Bool);
  check_gradients([cond](auto& in) { return where(cond, in[0], in[1]); }, {x, f64({7, -8}, {2, 1})});
}

TEST_CASE("clamp_min and clamp_max bound one side, under their own node names") {
  Tensor x = vec({1, 2, 3}, true);
  CHECK(values(clamp_min(x, num(2))) == std::vector<double>{2, 2, 3});
  CHECK(values(clamp_max(x, num(2))) == std::vector<double>{1, 2, 2});
  CHECK(name_of(clamp_min(x, num(2))) == "ClampMinBackward0");
  CHECK(name_of(clamp_max(x, num(2))) == "ClampMaxBackward0");
  CHECK(name_of(clamp_min(x, make({2}, {}))) == "ClampMinBackward1");
  CHECK(name_of(clamp_max(x, vec({2, 1, 5}))) == "ClampMaxBackward1");
  CHECK(values(clamp_min(ints({1, 2, 3}), num(2.5))) == std::vector<double>{2.5, 2.5, 3});
  CHECK(std::isnan(values(clamp_min(vec({NAN}), num(0)))[0]));
  CHECK_THROWS_WITH(clamp_min_(ints({1, 2, 3}), num(2.5)),
                    "result type Float can't be cast to the desired output type long int");
  Tensor y = vec({1, 5});
  clamp_max_(y, num(3));
  CHECK(values(y) == std::vector<double>{1, 3});
  const Tensor input = f64({0.5, -1.5, 2.0, 3.0, -0.25, 1.0}, {2, 3});
  check_gradients([](auto& in) { return clamp_min(in[0], in[1]); }, {input, f64({0.0, 1.0, -1.0}, {3})});
  check_gradients([](auto& in) { return clamp_max(in[0], num(0.7)); }, {input});
}

TEST_CASE("nan_to_num replaces nan and infinities by 0 and the dtype's ends, or the numbers given") {
  Tensor x = vec({NAN, INFINITY, -INFINITY, 1.5});
  CHECK(values(nan_to_num(x, {}, {}, {})) ==
        std::vector<double>{0, double(FLT_MAX), -double(FLT_MAX), 1.5});
  CHECK(values(nan_to_num(to_dtype(x, DType::Float64), {}, {}, {})) == std::vector<double>{0, DBL_MAX, -DBL_MAX, 1.5});
  CHECK(values(nan_to_num(x, 2.0, 3.0, {})) == std::vector<double>{2, 3, -double(FLT_MAX), 1.5});
  CHECK(values(nan_to_num(x, 1e300, {}, {}))[0] == INFINITY);  // too large for float32
  CHECK(values(nan_to_num(ints({1, 2}), 2.5, {}, {})) == std::vector<double>{1, 2});
  Tensor y = vec({NAN, -INFINITY});
  nan_to_num_(y, {}, {}, -7.0);
  CHECK(values(y) == std::vector<double>{0, -7});
}

TEST_CASE("NanToNumBackward0 passes the gradient where self was finite") {
  Tensor x = vec({NAN, 2, INFINITY}, true);
  Tensor out = nan_to_num(x, {}, {}, {});
  CHECK(name_of(out) == "NanToNumBackward0");
  backward({out}, {ones_like(out)}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{0, 1, 0});
  check_gradients([](auto& in) { return mul(nan_to_num(in[0], {}, {}, {}), in[0]); },
                  {f64({0.5, -1.5, 2.0}, {3})});
}
