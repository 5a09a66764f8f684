// Elementwise functions of one tensor: values, dtypes, node names, in-place forms, gradients.
#include <cmath>

#include "helpers.h"
#include "ops/type_promotion.h"

using namespace gb;
using namespace gb::test;

namespace {
const double nan_ = std::nan("");
const double inf = INFINITY;
}  // namespace

TEST_CASE("floating functions compute integers and bools in the default dtype") {
  Tensor ints = make({1, 4}, {2}, DType::Int64);
  CHECK(unary(Unary::Sqrt, ints).dtype() == DType::Float32);
  CHECK(values(unary(Unary::Sqrt, ints)) == std::vector<double>{1, 2});
  CHECK(unary(Unary::Exp, make({1, 0}, {2}, DType::Bool)).dtype() == DType::Float32);
  set_default_dtype(DType::Float64);
  CHECK(unary(Unary::Exp, ints).dtype() == DType::Float64);
  set_default_dtype(DType::Float32);
}

TEST_CASE("rounding and sign functions keep integer dtypes and values exactly") {
  Tensor big = make({9007199254740993.0}, {1}, DType::Int64);
  big.data<int64_t>()[0] = 9007199254740993;  // not representable as a double
  for (Unary op : {Unary::Floor, Unary::Ceil, Unary::Round, Unary::Trunc, Unary::Abs, Unary::Relu}) {
    Tensor r = unary(op, big);
    CHECK(r.dtype() == DType::Int64);
    CHECK(r.data<int64_t>()[0] == 9007199254740993);
  }
  CHECK(values(unary(Unary::Sign, make({-3, 0, 7}, {3}, DType::Int32))) == std::vector<double>{-1, 0, 1});
  CHECK(unary(Unary::Sign, make({1, 0}, {2}, DType::Bool)).dtype() == DType::Bool);
}

TEST_CASE("special values follow PyTorch: sign(nan) = 0, relu keeps -0 and nan, abs(-0) = 0") {
  Tensor x = make({nan_, inf, -inf, -0.0, -2.5, 2.5}, {6}, DType::Float64);
  CHECK(values(unary(Unary::Sign, x)) == std::vector<double>{0, 1, -1, 0, -1, 1});
  std::vector<double> relu = values(unary(Unary::Relu, x));
  CHECK(std::isnan(relu[0]));
  CHECK(std::signbit(relu[3]));
  CHECK(!std::signbit(values(unary(Unary::Abs, x))[3]));
  CHECK(values(unary(Unary::Round, f64({0.5, 1.5, 2.5, -0.5}, {4}))) == std::vector<double>{0, 2, 2, -0.0});
  CHECK(values(unary(Unary::Frac, f64({2.5, -1.25}, {2}))) == std::vector<double>{0.5, -0.25});
}

TEST_CASE("bool inputs get PyTorch's errors") {
  Tensor b = make({1, 0}, {2}, DType::Bool);
  CHECK_THROWS_WITH(unary(Unary::Abs, b), "\"abs_cpu\" not implemented for 'Bool'");
  CHECK_THROWS_WITH(unary(Unary::Floor, b), "\"floor_vml_cpu\" not implemented for 'Bool'");
  CHECK_THROWS_WITH(unary(Unary::Relu, b), "Boolean inputs not supported for relu");
  CHECK_THROWS_WITH(unary(Unary::Frac, make({1}, {1}, DType::Int64)), "\"frac_cpu\" not implemented for 'Long'");
}

TEST_CASE("node names are PyTorch's class names") {
  Tensor x = vec({0.5, 0.25}, true);
  CHECK(unary(Unary::Log1p, x).grad_fn()->name() == "Log1PBackward0");
  CHECK(unary(Unary::Sigmoid, x).grad_fn()->name() == "SigmoidBackward0");
  CHECK(unary(Unary::Exp2, x).grad_fn()->name() == "Exp2Backward0");
  CHECK(round(x, 2).grad_fn()->name() == "RoundBackward1");
}

TEST_CASE("round with decimals scales around the rounding") {
  CHECK(values(round(f64({1.2345, -2.5, 1250}, {3}), 2)) == std::vector<double>{1.23, -2.5, 1250});
  CHECK(values(round(f64({1.2345, -2.5, 1250}, {3}), -2)) == std::vector<double>{0, -0.0, 1200});
  CHECK_THROWS_WITH(round(ints({1, 2}), 1), "\"round_cpu\" not implemented for 'Long'");
}

TEST_CASE("in-place functions keep the dtype and refuse a leaf that requires grad") {
  Tensor ints = make({1, 2}, {2}, DType::Int64);
  CHECK_THROWS_WITH(unary_(Unary::Exp, ints), "result type Float can't be cast to the desired output type Long");
  CHECK_THROWS_WITH(unary_(Unary::Exp, vec({1}, true)),
                    "a leaf Variable that requires grad is being used in an in-place operation.");
  Tensor a = vec({-1, 2});
  CHECK(unary_(Unary::Relu, a).is_same(a));
  CHECK(values(a) == std::vector<double>{0, 2});
}

TEST_CASE("an in-place function whose derivative reads the input differentiates the old value") {
  Tensor x = f64({0.5, 1.5}, {2});
  x.impl()->requires_grad = true;
  Tensor a = mul(x, wrapped_scalar(1, DType::Int64));
  unary_(Unary::Sin, a);
  CHECK(a.grad_fn()->name() == "SinBackward0");
  backward({sum(a)}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{std::cos(0.5), std::cos(1.5)});
}

TEST_CASE("changing a saved result in place is caught, naming the node that made it") {
  Tensor x = vec({1, 2}, true);
  Tensor y = unary(Unary::Exp, x);
  add_(y, wrapped_scalar(1, DType::Int64));
  CHECK_THROWS_WITH(backward({sum(y)}, {}, false),
                    doctest::Contains("[torch.FloatTensor [2]], which is output 0 of ExpBackward0, is at version 1; "
                                      "expected version 0 instead."));
}

TEST_CASE("unary gradients agree with finite differences") {
  Tensor any = f64({0.3, -1.2, 2.1, -0.4, 0.7, 1.6}, {2, 3});
  Tensor positive = f64({0.3, 1.2, 2.1, 0.4, 0.7, 1.6}, {2, 3});
  Tensor unit = f64({0.3, -0.6, 0.1, -0.4, 0.7, 0.5}, {2, 3});
  for (Unary op : {Unary::Abs, Unary::Neg, Unary::Frac, Unary::Relu, Unary::Exp, Unary::Exp2, Unary::Expm1,
                   Unary::Reciprocal, Unary::Sin, Unary::Cos, Unary::Tan, Unary::Atan, Unary::Sinh, Unary::Cosh,
                   Unary::Tanh, Unary::Sigmoid, Unary::Erf, Unary::Sign, Unary::Floor, Unary::Ceil, Unary::Round,
                   Unary::Trunc}) {
    INFO("op ", int(op));
    check_gradients([op](auto& in) { return unary(op, in[0]); }, {any});
  }
  for (Unary op : {Unary::Log, Unary::Log2, Unary::Log10, Unary::Log1p, Unary::Sqrt, Unary::Rsqrt}) {
    INFO("op ", int(op));
    check_gradients([op](auto& in) { return unary(op, in[0]); }, {positive});
  }
  for (Unary op : {Unary::Asin, Unary::Acos}) check_gradients([op](auto& in) { return unary(op, in[0]); }, {unit});
}

TEST_CASE("in-place unary gradients agree with finite differences") {
  Tensor any = f64({0.3, -1.2, 2.1}, {3});
  for (Unary op : {Unary::Sin, Unary::Exp, Unary::Tanh, Unary::Sigmoid, Unary::Abs}) {
    INFO("op ", int(op));
    check_gradients([op](auto& in) { return unary_(op, mul(in[0], wrapped_scalar(1, DType::Int64))); }, {any});
  }
}

TEST_CASE("float32 functions round as PyTorch's vectorised CPU kernels do, not as the C library") {
  // Each pair: an input and PyTorch 1.13's result, where the correctly rounded value differs.
  const std::pair<Unary, std::pair<float, float>> cases[] = {
      {Unary::Exp, {-3.336f, 0.03557898849248886f}}, {Unary::Cos, {-1.0f, 0.5403023362159729f}},
      {Unary::Tanh, {-0.482f, -0.44784390926361084f}}, {Unary::Sin, {-2.778f, -0.3556342124938965f}},
      {Unary::Expm1, {-1.224f, -0.7059484124183655f}}, {Unary::Log10, {2.788f, 0.44529280066490173f}},
      {Unary::Log1p, {0.598f, 0.46875283122062683f}}, {Unary::Log, {1.333f, 0.2874320149421692f}},
      {Unary::Tan, {-0.4535580575466156f, -0.4874509572982788f}},
      {Unary::Asin, {-0.3468164801597595f, -0.35417479276657104f}},
      {Unary::Acos, {-0.33757802844047546f, 1.915139079093933f}}, {Unary::Atan, {-1.0f, -0.7853981256484985f}},
      {Unary::Log2, {1.7180553674697876f, 0.7807765007019043f}},
  };
  for (const auto& [unary_op, io] : cases) {
    const Unary op = unary_op;  // INFO's lambda can't capture a structured binding in clang 14
    INFO(unary_name(op));
    CHECK(unary(op, vec({io.first})).data<float>()[0] == io.second);
  }
}

TEST_CASE("tanh's gradient rounds 1 - y^2 once, as PyTorch's fused CPU kernel does") {
  Tensor x = vec({0.7847158312797546}, true);
  Tensor y = unary(Unary::Tanh, x);
  REQUIRE(y.data<float>()[0] == 0.6554051637649536f);
  backward({y}, {vec({-0.18160173296928406})}, false);
  CHECK(grad_of(x).data<float>()[0] == -0.1035936251282692f);  // rounding 1 - y^2 twice gives -0.10359364
}

TEST_CASE("sigmoid, sinh and cosh take PyTorch's vectorised path only in whole blocks of 16") {
  std::vector<double> x(20, 1.0);
  x[3] = -3.555999994277954;
  Tensor block = unary(Unary::Sinh, vec(x));
  CHECK(block.data<float>()[3] == -17.49713706970215f);  // inside the first block of 16
  CHECK(unary(Unary::Sinh, vec({x[3]})).data<float>()[0] == -17.497135162353516f);  // a lone element
  std::vector<double> ones(16, -1.0);
  CHECK(unary(Unary::Cosh, vec(ones)).data<float>()[0] == 1.5430806875228882f);
}
