// Losses: PyTorch's float32 results (bit patterns recorded from PyTorch 1.13), its error
// messages, grad_fn names, and finite-difference gradients in float64.

#include "helpers.h"
#include "tensor/error.h"

using namespace gb;
using namespace gb::test;

namespace {
uint32_t bits1(const Tensor& t) { return float_to_bits(float(item(t))); }
Tensor logits() { return make({2.0, 1.0, 0.1, 0.5, 2.5, 0.3, 1.2, -0.7, 0.0}, {3, 3}); }
Tensor classes(std::vector<double> c) { return make(c, {int64_t(c.size())}, DType::Int64); }
const Tensor none;
}  // namespace

TEST_CASE("mse_loss: mean, sum and none") {
  Tensor a = vec({2.5, 0.0, 2.0, 8.0}), b = vec({3.0, -0.5, 2.0, 7.0});
  CHECK(bits1(mse_loss(a, b, Reduction::Mean)) == 0x3ec00000);
  CHECK(item(mse_loss(a, b, Reduction::Sum)) == 1.5);
  CHECK(values(mse_loss(a, b, Reduction::None)) == std::vector<double>{0.25, 0.25, 0, 1});
  CHECK(mse_loss(vec({1}, true), vec({2}), Reduction::Mean).grad_fn()->name() == "MseLossBackward0");
}

TEST_CASE("nll_loss picks -x[i, t_i]; the mean divides by the number (or weight) of counted samples") {
  CHECK(bits1(nll_loss(logits(), classes({0, 1, 2}), none, Reduction::Mean, -100)) == 0xbfc00000);
  CHECK(bits1(nll_loss(logits(), classes({0, 1, 2}), none, Reduction::Sum, -100)) == 0xc0900000);
  CHECK(float_bits(nll_loss(logits(), classes({0, 1, 2}), none, Reduction::None, -100)) ==
        std::vector<uint32_t>{0xc0000000, 0xc0200000, 0x80000000});
  CHECK(bits1(nll_loss(logits(), classes({0, 1, 2}), vec({1.0, 2.0, 0.5}), Reduction::Mean, -100)) == 0xc0000000);
  CHECK(bits1(nll_loss(logits(), classes({0, -100, 2}), none, Reduction::Mean, -100)) == 0xbf800000);
}

TEST_CASE("nll_loss of one sample without a batch dim") {
  CHECK(item(nll_loss(vec({0.5, -2.0}), make({1}, {}, DType::Int64), none, Reduction::Mean, -100)) == 2.0);
}

TEST_CASE("cross entropy is log_softmax then nll_loss") {
  Tensor x = logits();
  x.impl()->requires_grad = true;
  Tensor loss = nll_loss(log_softmax(x, 1), classes({0, 1, 2}), none, Reduction::Mean, -100);
  CHECK(bits1(loss) == 0x3f3c8408);
  CHECK(loss.grad_fn()->name() == "NllLossBackward0");
  CHECK(loss.grad_fn()->next_edges()[0].node->name() == "LogSoftmaxBackward0");
}

TEST_CASE("nll_loss errors are PyTorch's") {
  CHECK_THROWS_WITH(nll_loss(logits(), classes({0, 3, 1}), none, Reduction::Mean, -100), "Target 3 is out of bounds.");
  CHECK_THROWS_WITH(nll_loss(logits(), vec({0, 1, 1}), none, Reduction::Mean, -100),
                    "expected scalar type Long but found Float");
  CHECK_THROWS_WITH(nll_loss(logits(), classes({0, 1}), none, Reduction::Mean, -100),
                    "size mismatch (got input: [3, 3], target: [2])");
  CHECK_THROWS_WITH(nll_loss(logits(), classes({0, 1, 1}), vec({1, 1}), Reduction::Mean, -100),
                    "weight tensor should be defined either for all 3 classes or no classes but got weight tensor of "
                    "shape: [2]");
}

TEST_CASE("a class index out of range is an IndexError") {
  ErrorKind kind = ErrorKind::Runtime;
  try {
    nll_loss(logits(), classes({0, -1, 1}), none, Reduction::Mean, -100);
  } catch (const Error& e) {
    kind = e.kind;
  }
  CHECK(kind == ErrorKind::Index);
}

TEST_CASE("binary_cross_entropy clamps each log at -100 and checks its input range") {
  Tensor p = vec({0.9, 0.2, 0.6}), y = vec({1, 0, 1});
  CHECK(bits1(binary_cross_entropy(p, y, none, Reduction::Mean)) == 0x3e8f3edf);
  CHECK(float_bits(binary_cross_entropy(p, y, none, Reduction::None)) ==
        std::vector<uint32_t>{0x3dd7c745, 0x3e647fbd, 0x3f02c577});
  CHECK(item(binary_cross_entropy(vec({0, 1}), vec({1, 0}), none, Reduction::Mean)) == 100);
  CHECK_THROWS_WITH(binary_cross_entropy(vec({1.5}), vec({1}), none, Reduction::Mean),
                    "all elements of input should be between 0 and 1");
}

TEST_CASE("binary_cross_entropy_with_logits is stable for large logits, with optional pos_weight") {
  Tensor z = vec({0.5, -1.0, 3.0}), y = vec({1, 0, 1});
  Tensor each = binary_cross_entropy_with_logits(z, y, none, none, Reduction::None);
  CHECK(float_bits(each) == std::vector<uint32_t>{0x3ef2ba38, 0x3ea063d5, 0x3d470382});
  CHECK(item(binary_cross_entropy_with_logits(z, y, none, none, Reduction::Mean)) == item(mean(each)));
  Tensor weighted = binary_cross_entropy_with_logits(z, y, none, vec({2, 2, 2}), Reduction::None);
  CHECK(item(binary_cross_entropy_with_logits(z, y, none, vec({2, 2, 2}), Reduction::Mean)) == item(mean(weighted)));
  CHECK(item(binary_cross_entropy_with_logits(vec({200}), vec({0}), none, none, Reduction::Sum)) == 200);
}

TEST_CASE("loss gradients agree with finite differences") {
  Tensor a = f64({0.5, -1.5, 2.0, 0.25}, {2, 2}), b = f64({1.0, 0.5, -0.5, 0.75}, {2, 2});
  for (Reduction r : {Reduction::Mean, Reduction::Sum, Reduction::None})
    check_gradients([r](auto& in) { return mse_loss(in[0], in[1], r); }, {a, b});
  Tensor x = f64({0.3, -1.2, 2.5, 0.7, -0.4, 1.9}, {2, 3});
  Tensor t = classes({2, 0});
  Tensor w = make({0.5, 2.0, 1.5}, {3}, DType::Float64);
  for (Reduction r : {Reduction::Mean, Reduction::Sum, Reduction::None}) {
    check_gradients([&](auto& in) { return nll_loss(in[0], t, Tensor{}, r, -100); }, {x});
    check_gradients([&](auto& in) { return nll_loss(in[0], t, w, r, -100); }, {x});
    check_gradients([&](auto& in) { return nll_loss(log_softmax(in[0], 1), t, Tensor{}, r, -100); }, {x});
  }
  Tensor p = f64({0.9, 0.2, 0.6, 0.35}, {4}), y = f64({1, 0, 0.7, 0.2}, {4}), z = f64({0.5, -1, 3, -0.25}, {4});
  Tensor pw = make({2.0, 0.5, 1.0, 3.0}, {4}, DType::Float64), bw = make({1.0, 0.5, 2.0, 1.5}, {4}, DType::Float64);
  for (Reduction r : {Reduction::Mean, Reduction::Sum, Reduction::None}) {
    check_gradients([r](auto& in) { return binary_cross_entropy(in[0], in[1], Tensor{}, r); }, {p, y}, 1e-5);
    check_gradients([r](auto& in) { return binary_cross_entropy_with_logits(in[0], in[1], Tensor{}, Tensor{}, r); },
                    {z, y});
    check_gradients([&](auto& in) { return binary_cross_entropy_with_logits(in[0], in[1], bw, pw, r); },
                    {z, y});
  }
}

TEST_CASE("cross entropy against class probabilities is composed like PyTorch's, ending in DivBackward1") {
  Tensor x = make({1.0, 2.0, 0.5, 0.2, 0.1, 3.0}, {2, 3}, DType::Float32, true);
  Tensor p = make({0.1, 0.8, 0.1, 0.0, 0.25, 0.75}, {2, 3});
  Tensor loss = cross_entropy_probabilities(x, p, Tensor{}, Reduction::Mean);
  CHECK(loss.grad_fn()->name() == "DivBackward1");
  CHECK(loss.grad_fn()->next_edges()[0].node->name() == "NegBackward0");
  CHECK(cross_entropy_probabilities(x, p, Tensor{}, Reduction::None).shape() == Shape{2});
  Tensor xs = f64({1.0, 2.0, 0.5, 0.2, 0.1, 3.0}, {2, 3}), ps = f64({0.1, 0.8, 0.1, 0.0, 0.25, 0.75}, {2, 3});
  Tensor w = make({0.5, 1.0, 2.0}, {3}, DType::Float64);
  for (Reduction r : {Reduction::Mean, Reduction::Sum, Reduction::None}) {
    check_gradients([r](auto& in) { return cross_entropy_probabilities(in[0], in[1], Tensor{}, r); }, {xs, ps});
    check_gradients([&](auto& in) { return cross_entropy_probabilities(in[0], in[1], w, r); }, {xs, ps});
  }
}

TEST_CASE("cross entropy against probabilities over no classes has a nan mean, as PyTorch's") {
  for (Shape shape : {Shape{2, 0}, Shape{0, 3}, Shape{0}}) {
    Tensor x = zeros(shape, DType::Float32);
    CHECK(std::isnan(item(cross_entropy_probabilities(x, x, Tensor{}, Reduction::Mean))));
    CHECK(item(cross_entropy_probabilities(x, x, Tensor{}, Reduction::Sum)) == 0);
  }
}

TEST_CASE("nll_loss2d: spatial class scores [N, C, H, W] against targets [N, H, W]") {
  Tensor x = make({0.3, -1.2, 2.5, 0.7, -0.4, 1.9, 0.05, -2.2, 1.1, 0.6, 1.5, -0.3}, {1, 3, 2, 2});
  Tensor t = make({0, 2, 1, 1}, {1, 2, 2}, DType::Int64);
  CHECK(bits1(nll_loss2d(x, t, none, Reduction::Mean, -100)) == 0x3ea00000);
  Tensor each = nll_loss2d(x, t, none, Reduction::None, -100);
  CHECK(each.shape() == Shape{1, 2, 2});
  CHECK(float_bits(each) == std::vector<uint32_t>{0xbe99999a, 0xbf19999a, 0xbd4ccccd, 0x400ccccd});
  CHECK(bits1(nll_loss2d(x, t, vec({0.5, 2.0, 1.0}), Reduction::Mean, -100)) == 0x3f253c82);
  x.impl()->requires_grad = true;
  CHECK(nll_loss2d(x, t, none, Reduction::Sum, -100).grad_fn()->name() == "NllLoss2DBackward0");
  CHECK_THROWS_WITH(nll_loss2d(x, make({0, 1}, {1, 2}, DType::Int64), none, Reduction::Mean, -100),
                    "only batches of spatial targets supported (3D tensors) but got targets of dimension: 2");
  CHECK_THROWS_WITH(nll_loss2d(x, make({0, 1, 1, 0, 1, 1}, {1, 2, 3}, DType::Int64), none, Reduction::Mean, -100),
                    "size mismatch (got input: [1, 3, 2, 2] , target: [1, 2, 3]");
  Tensor xs = f64({0.3, -1.2, 2.5, 0.7, -0.4, 1.9, 0.05, -2.2, 1.1, 0.6, 1.5, -0.3, 0.2, 0.9, -0.8, 0.4}, {2, 2, 2, 2});
  Tensor ts = make({0, 1, 1, 1, 0, 0, -100, 1}, {2, 2, 2}, DType::Int64);
  for (Reduction r : {Reduction::Mean, Reduction::Sum, Reduction::None})
    check_gradients([&](auto& in) { return nll_loss2d(in[0], ts, Tensor{}, r, -100); }, {xs});
}

TEST_CASE("loss gradients taken with create_graph are PyTorch's double-backward ops") {
  Tensor x = make({0.3, 0.6, 0.2, 0.9}, {2, 2}, DType::Float64, true), y = f64({0.5, 0.1, 0.7, 0.4}, {2, 2});
  const Tensor none;
  auto gradient_node = [&](const Tensor& loss) { return name_of(grad({loss}, {}, {x}, true, false, true)[0]); };
  CHECK(gradient_node(mse_loss(x, y, Reduction::Mean)) == "MseLossBackwardBackward0");
  CHECK(gradient_node(nll_loss(x, classes({1, 0}), none, Reduction::Mean, -100)) == "NllLossBackwardBackward0");
  CHECK(gradient_node(nll_loss(log_softmax(x, 1), classes({1, 0}), none, Reduction::Mean, -100)) ==
        "LogSoftmaxBackwardDataBackward0");
  CHECK(gradient_node(binary_cross_entropy(x, y, none, Reduction::Mean)) == "BinaryCrossEntropyBackwardBackward0");
  CHECK(gradient_node(binary_cross_entropy_with_logits(x, y, none, none, Reduction::Mean)) == "DivBackward1");
  CHECK(gradient_node(binary_cross_entropy_with_logits(x, y, none, none, Reduction::Sum)) == "MulBackward0");
}

TEST_CASE("a loss's gradient is differentiated again through what feeds it") {
  // The incoming gradient depends on x here, so the double-backward ops' d/dgrad is exercised.
  Tensor a = f64({0.5, -1.5, 2.0, 0.25}, {2, 2}), b = f64({1.0, 0.5, -0.5, 0.75}, {2, 2});
  Tensor p = f64({0.9, 0.2, 0.6, 0.35}, {4}), y = f64({1, 0, 0.7, 0.2}, {4});
  for (Reduction r : {Reduction::Mean, Reduction::None}) {
    check_gradients([r](auto& in) { return mse_loss(mul(in[0], in[0]), in[1], r); }, {a, b});
    check_gradients([r](auto& in) { return nll_loss(mul(in[0], in[0]), classes({1, 0}), Tensor{}, r, -100); }, {a});
    check_gradients([r](auto& in) { return binary_cross_entropy(unary(Unary::Sigmoid, in[0]), in[1], Tensor{}, r); },
                    {p, y}, 1e-5);
  }
}

// Mixed dtypes, recorded from PyTorch 1.13 with x = [0.25, 1.5, -2, 3], y = [1, -0.5, 2, 3] (as int64:
// [0, 1, -2, 3] and [1, 0, 2, 3]).
namespace {
const std::vector<double> xs{0.25, 1.5, -2.0, 3.0}, ys{1.0, -0.5, 2.0, 3.0};
Tensor input(DType t, bool requires_grad = false) { return make(xs, {4}, t, requires_grad); }
Tensor target(DType t, bool requires_grad = false) { return make(ys, {4}, t, requires_grad); }
}  // namespace

TEST_CASE("mse_loss of mixed dtypes: a promoted loss, then a backward that wants one dtype, input's gradient first") {
  Tensor x = input(DType::Float32, true), y = target(DType::Float64, true);
  Tensor loss = mse_loss(x, y, Reduction::Mean);
  CHECK(loss.dtype() == DType::Float64);
  CHECK(item(loss) == 5.140625);
  CHECK_THROWS_WITH(grad({loss}, {}, {x, y}, false, false), "Found dtype Double but expected Float");
  Tensor y_only = target(DType::Float64, true);
  CHECK_THROWS_WITH(grad({mse_loss(input(DType::Float32), y_only, Reduction::Mean)}, {}, {y_only}, false, false),
                    "Found dtype Float but expected Double");
  Tensor integers = input(DType::Int64), t = target(DType::Float64, true);
  Tensor promoted = mse_loss(integers, t, Reduction::Mean);
  CHECK(item(promoted) == 4.8125);
  CHECK_THROWS_WITH(grad({promoted}, {}, {t}, false, false), "Found dtype Long but expected Double");
  CHECK_THROWS_WITH(mse_loss(integers, integers, Reduction::Mean), "\"mse_cpu\" not implemented for 'Long'");
}

TEST_CASE("mse_loss's target gradient is mse_loss_backward of (target, input), +0 where they are equal") {
  Tensor x = input(DType::Float64, true), y = target(DType::Float64, true);
  std::vector<Tensor> g = grad({mse_loss(x, y, Reduction::Mean)}, {}, {x, y}, true, false, true);
  CHECK(name_of(g[1]) == "MseLossBackwardBackward0");
  CHECK(values(g[1]) == std::vector<double>{0.375, -1.0, 2.0, 0.0});
  CHECK_FALSE(std::signbit(values(g[1])[3]));
}

TEST_CASE("binary_cross_entropy wants target of input's dtype, and a floating input") {
  CHECK_THROWS_WITH(binary_cross_entropy(vec({0.25}), f64({1}, {1}), none, Reduction::Mean),
                    "Found dtype Double but expected Float");
  CHECK_THROWS_WITH(binary_cross_entropy(ints({0}), vec({1}), none, Reduction::Mean),
                    "Found dtype Float but expected Long");
  CHECK_THROWS_WITH(binary_cross_entropy(ints({0}), ints({1}), none, Reduction::Mean),
                    "\"binary_cross_entropy\" not implemented for 'Long'");
}

TEST_CASE("binary_cross_entropy_with_logits of mixed dtypes has target's dtype; each gradient its operand's") {
  Tensor labels_f32 = make({0, 1, 1, 0}, {4}, DType::Float32), labels_f64 = make({0, 1, 1, 0}, {4}, DType::Float64);
  Tensor x = input(DType::Float64, true);
  Tensor loss = binary_cross_entropy_with_logits(x, labels_f32, none, none, Reduction::Mean);
  CHECK(loss.dtype() == DType::Float32);
  CHECK(item(loss) == 1.5507169961929321);
  std::vector<Tensor> g = grad({loss}, {}, {x}, false, false);
  CHECK(g[0].dtype() == DType::Float64);
  CHECK(values(g[0]) == std::vector<double>{0.14054412522144952, -0.04560638095158909, -0.2201992694944706,
                                            0.23814353170560834});
  Tensor x32 = input(DType::Float32, true);
  loss = binary_cross_entropy_with_logits(x32, labels_f64, none, none, Reduction::Mean);
  CHECK(loss.dtype() == DType::Float64);
  CHECK(item(loss) == 1.55071703158319);
  g = grad({loss}, {}, {x32}, false, false);
  CHECK(g[0].dtype() == DType::Float32);
  CHECK(values(g[0]) == std::vector<double>{0.140544131398201, -0.04560638964176178, -0.22019927203655243,
                                            0.23814353346824646});
  CHECK_THROWS_WITH(
      binary_cross_entropy_with_logits(input(DType::Float64), ints({0, 1, 1, 0}), none, none, Reduction::Mean),
      "result type Double can't be cast to the desired output type Long");
  CHECK_THROWS_WITH(binary_cross_entropy_with_logits(input(DType::Int64), labels_f64, none, none, Reduction::Mean),
                    "result type Float can't be cast to the desired output type Long");
}

TEST_CASE("nll_loss wants its weight of input's dtype, checked before the target's") {
  Tensor w = f64({1, 2, 0.5}, {3});
  CHECK_THROWS_WITH(nll_loss(logits(), classes({0, 1, 2}), w, Reduction::Mean, -100),
                    "expected scalar type Float but found Double");
  CHECK_THROWS_WITH(nll_loss(logits(), vec({0, 1, 2}), w, Reduction::Mean, -100),
                    "expected scalar type Float but found Double");
}
