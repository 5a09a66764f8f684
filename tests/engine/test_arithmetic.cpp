// Elementwise arithmetic: values, dtypes, and gradients (by hand and by finite differences).
#include "helpers.h"

using namespace gb;
using namespace gb::test;


TEST_CASE("the seed lesson: z = 3x² + 2y + 5 and its gradients") {
  Tensor x = vec({1, 2, 3}, true), y = vec({4, 5, 6}, true);
  Tensor z = add(add(mul(num(3, DType::Int64), pow(x, 2)), mul(num(2, DType::Int64), y)), num(5, DType::Int64));
  CHECK(values(z) == std::vector<double>{16, 27, 44});
  CHECK(z.grad_fn()->name() == "AddBackward0");
  backward({z}, {ones_like(x)}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{6, 12, 18});
  CHECK(values(grad_of(y)) == std::vector<double>{2, 2, 2});
}

TEST_CASE("arithmetic values") {
  Tensor a = vec({1, -2, 6}), b = vec({4, 5, 3});
  CHECK(values(add(a, b)) == std::vector<double>{5, 3, 9});
  CHECK(values(sub(a, b)) == std::vector<double>{-3, -7, 3});
  CHECK(values(rsub(a, b)) == std::vector<double>{3, 7, -3});
  CHECK(values(mul(a, b)) == std::vector<double>{4, -10, 18});
  CHECK(values(div(a, b)) == std::vector<double>{0.25, -0.4000000059604645, 2});
  CHECK(values(neg(a)) == std::vector<double>{-1, 2, -6});
  CHECK(values(pow(a, 2)) == std::vector<double>{1, 4, 36});
  CHECK(values(reciprocal(b)) == std::vector<double>{0.25, 0.20000000298023224, 0.3333333432674408});
}

TEST_CASE("add and sub with alpha round a + alpha*b once, as PyTorch's fused CPU kernel does") {
  Tensor a = vec({-0.13750937581062317}), b = vec({1.0229456424713135});
  CHECK(float_bits(add(a, b, 0.3, true)) == std::vector<uint32_t>{float_to_bits(float(0x1.5ae0eep-3))});
  Tensor c = vec({0x1.ef2e04p-1}), d = vec({0x1.419cf6p-2});
  CHECK(float_bits(sub(c, d, 0.7, true)) == std::vector<uint32_t>{float_to_bits(float(0x1.7e9d7ap-1))});
  // Rounding the product first gives 0x1.5ae0ecp-3 and 0x1.7e9d7cp-1.
}

TEST_CASE("rsub is other - alpha*input, named RsubBackward0 for a tensor other and RsubBackward1 for a number") {
  Tensor a = vec({1, 2}, true), b = vec({3, 5}, true);
  Tensor y = rsub(a, b, 2);
  CHECK(values(y) == std::vector<double>{1, 1});
  CHECK(y.grad_fn()->name() == "RsubBackward0");
  CHECK(rsub(a, num(3)).grad_fn()->name() == "RsubBackward1");
  backward({y}, {vec({1, 1})}, false);
  CHECK(values(grad_of(a)) == std::vector<double>{-2, -2});
  CHECK(values(grad_of(b)) == std::vector<double>{1, 1});
}

TEST_CASE("python numbers do not widen a float32 tensor, but floats widen integers") {
  CHECK(mul(vec({1}), num(2.5)).dtype() == DType::Float32);
  Tensor ints = make({1, 2}, {2}, DType::Int64);
  CHECK(mul(ints, num(2, DType::Int64)).dtype() == DType::Int64);
  CHECK(mul(ints, num(2.5)).dtype() == DType::Float32);
  CHECK(div(ints, num(2, DType::Int64)).dtype() == DType::Float32);
  CHECK(add(vec({1}), make({1}, {1}, DType::Float64)).dtype() == DType::Float64);
  CHECK(add(vec({1}), make({1}, {}, DType::Float64)).dtype() == DType::Float32);  // 0-dim ranks below
}

TEST_CASE("integer tensors wrap around on overflow, as PyTorch's do") {
  Tensor i32 = make({2147483647, -2147483648.0}, {2}, DType::Int32);
  CHECK(values(add(i32, num(1, DType::Int64))) == std::vector<double>{-2147483648.0, -2147483647});
  CHECK(values(neg(i32)) == std::vector<double>{-2147483647, -2147483648.0});
  CHECK(values(abs(i32)) == std::vector<double>{2147483647, -2147483648.0});
  CHECK(values(mul(i32, num(2, DType::Int64))) == std::vector<double>{-2, 0});
  Tensor i64 = make({0x1p62, 0x1p62}, {2}, DType::Int64);
  CHECK(values(sum(i64)) == std::vector<double>{-0x1p63});
  CHECK(values(mul(i64, num(4, DType::Int64))) == std::vector<double>{0, 0});
  CHECK(values(cumsum(i64, 0)) == std::vector<double>{0x1p62, -0x1p63});
  CHECK(values(prod(i64)) == std::vector<double>{0});
  CHECK(values(neg(make({-0x1p63}, {1}, DType::Int64))) == std::vector<double>{-0x1p63});
  CHECK(values(mm(make({0x1p62, 0x1p62}, {1, 2}, DType::Int64), make({1, 1}, {2, 1}, DType::Int64))) ==
        std::vector<double>{-0x1p63});
}

TEST_CASE("x.mul_(x) and x.div_(x) overwrite the operand backward needs, so backward refuses, as PyTorch's") {
  using InPlace = Tensor (*)(const Tensor&, const Tensor&);
  for (auto [op, node] : {std::pair<InPlace, std::string>{mul_, "MulBackward0"}, {div_, "DivBackward0"}}) {
    Tensor x = make({1.5, -2}, {2}, DType::Float64, true);
    Tensor a = mul(x, num(1));
    op(a, a);
    const std::string message =
        "one of the variables needed for gradient computation has been modified by an inplace operation: "
        "[torch.DoubleTensor [2]], which is output 0 of " + node + ", is at version 1; expected version 0 instead. "
        "Hint: enable anomaly detection to find the operation that failed to compute its gradient, with "
        "torch.autograd.set_detect_anomaly(True).";
    CHECK_THROWS_WITH(backward({a}, {ones({2}, DType::Float64)}, false), message.c_str());
  }
}

TEST_CASE("a.add_(v) and a.sub_(v) with v a view of a: v follows a's new history, as in PyTorch") {
  for (bool adding : {true, false}) {
    check_gradients(
        [adding](const auto& in) {
          Tensor a = mul(in[0], in[0]);
          Tensor v = view(a, {2, 2});
          if (adding) add_(a, v, -0.5, true);
          else sub_(a, v, 0.5, true);
          return v;
        },
        {f64({0.5, -1, 2, 0.25}, {2, 2})});
  }
}

TEST_CASE("an in-place op refuses to write through an expanded tensor, as PyTorch's does") {
  Tensor wide = expand(make({1, 2, 3}, {1, 3}), {2, 3});
  const char* refused = "unsupported operation: more than one element of the written-to tensor refers to a single "
                        "memory location. Please clone() the tensor before performing the operation.";
  CHECK_THROWS_WITH(mul_(wide, num(2)), refused);
  CHECK_THROWS_WITH(add_(wide, ones({2, 3}, DType::Float32)), refused);
  CHECK(values(wide) == std::vector<double>{1, 2, 3, 1, 2, 3});
  CHECK(values(mul_(expand(make({1, 2, 3}, {3}), {1, 3}), num(2))) == std::vector<double>{2, 4, 6});  // one copy
}

TEST_CASE("bool tensors cannot be subtracted or negated") {
  Tensor b = make({1, 0}, {2}, DType::Bool);
  CHECK_THROWS_WITH(sub(b, b), doctest::Contains("with two bool tensors is not supported"));
  CHECK_THROWS_WITH(neg(b), doctest::Contains("Negation, the `-` operator, on a bool tensor"));
}

TEST_CASE("in-place ops keep self's dtype and shape") {
  Tensor a = zeros({2, 3}, DType::Float32);
  add_(a, vec({1, 2, 3}));
  CHECK(values(a) == std::vector<double>{1, 2, 3, 1, 2, 3});
  CHECK_THROWS_WITH(add_(zeros({3}, DType::Float32), ones({2, 3}, DType::Float32)),
                    "output with shape [3] doesn't match the broadcast shape [2, 3]");
  CHECK_THROWS_WITH(add_(make({1}, {1}, DType::Int64), num(0.5)),
                    "result type Float can't be cast to the desired output type Long");
}

TEST_CASE("gradients of + - * / agree with finite differences") {
  auto a = f64({0.5, -1.5, 2.0}, {3}), b = f64({1.25, 3.0, -0.75}, {3});
  check_gradients([](auto& in) { return add(in[0], in[1]); }, {a, b});
  check_gradients([](auto& in) { return sub(in[0], in[1]); }, {a, b});
  check_gradients([](auto& in) { return rsub(in[0], in[1]); }, {a, b});
  check_gradients([](auto& in) { return rsub(in[0], in[1], 1.5, true); }, {a, b});
  check_gradients([](auto& in) { return mul(in[0], in[1]); }, {a, b});
  check_gradients([](auto& in) { return div(in[0], in[1]); }, {a, b});
}

TEST_CASE("gradients of neg, reciprocal and pow agree with finite differences") {
  auto a = f64({0.5, -1.5, 2.0}, {3});
  check_gradients([](auto& in) { return neg(in[0]); }, {a});
  check_gradients([](auto& in) { return reciprocal(in[0]); }, {a});
  check_gradients([](auto& in) { return pow(in[0], 3); }, {a});
  check_gradients([](auto& in) { return pow(in[0], 2); }, {a});
  check_gradients([](auto& in) { return pow(in[0], -1.5); }, {f64({0.5, 1.5, 2.0}, {3})});
}

TEST_CASE("an in-place op computing in a wider dtype stores its results converted into self") {
  Tensor a = make({1, 2}, {2}, DType::Int32);
  add_(a, make({5}, {1}, DType::Int64));
  CHECK(a.dtype() == DType::Int32);
  CHECK(values(a) == std::vector<double>{6, 7});
}

TEST_CASE("alpha scales the second operand, in value and in gradient") {
  Tensor a = vec({1, 2}), b = vec({10, 20});
  CHECK(values(add(a, b, 2)) == std::vector<double>{21, 42});
  CHECK(values(sub(a, b, 0.5, true)) == std::vector<double>{-4, -8});
  CHECK_THROWS_WITH(add(make({1}, {1}, DType::Int64), make({1}, {1}, DType::Int64), 2.5, true),
                    "For integral input tensors, argument alpha must not be a floating point number.");
  check_gradients([](auto& in) { return add(in[0], in[1], -1.5, true); },
                  {f64({0.5, -1.5, 2.0}, {3}), f64({1.25, 3.0, -0.75}, {3})});
  check_gradients([](auto& in) { return sub(in[0], in[1], 3); }, {f64({0.5, -1.5, 2.0}, {3}), f64({1.25}, {1})});
}

TEST_CASE("gradients of in-place add_, sub_, mul_ and div_ agree with finite differences, broadcast included") {
  auto a = f64({0.5, -1.5, 2.0, 1.0, 0.25, -3.0}, {2, 3}), b = f64({1.25, 3.0, -0.75}, {3});
  auto fresh = [](const Tensor& x) { return mul(x, num(1, DType::Int64)); };  // a non-leaf to change in place
  check_gradients([fresh](auto& in) { return add_(fresh(in[0]), in[1], 2.5, true); }, {a, b});
  check_gradients([fresh](auto& in) { return sub_(fresh(in[0]), in[1]); }, {a, b});
  check_gradients([fresh](auto& in) { return mul_(fresh(in[0]), in[1]); }, {a, b});
  check_gradients([fresh](auto& in) { return div_(fresh(in[0]), in[1]); }, {a, b});
}
