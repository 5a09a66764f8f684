// smooth_l1_loss and huber_loss: PyTorch 1.13's float32 bits (recorded; 18 elements cover the
// vectorised block and the scalar tail), errors, grad_fn names, float64 gradients.

#include "helpers.h"
#include "tensor/error.h"

using namespace gb;
using namespace gb::test;

namespace {
Tensor predictions() {
  return vec({0.3, -1.7, 2.25, 0.05, -0.4, 3.1, 1.15, -2.6, 0.8, 0.33, -0.01, 4.4, 1.9, -0.75, 0.6, 2.05, -1.35, 0.15});
}
Tensor targets() {
  return vec({0.1, 0.4, -0.3, 0.07, 0.9, 1.2, -0.6, 0.25, 0.85, 0.0, 1.1, 0.5, -0.2, 0.33, 0.66, 0.44, 0.12, -0.9});
}
}  // namespace

TEST_CASE("smooth_l1_loss rounds as PyTorch's kernel") {
  CHECK(float_bits(smooth_l1_loss(predictions(), targets(), Reduction::None, 1.0)) ==
        std::vector<uint32_t>{0x3ca3d70c, 0x3fccccce, 0x40033333, 0x3951b717, 0x3f4ccccc, 0x3fb33332,
                              0x3fa00000, 0x40166666, 0x3aa3d70f, 0x3d5f06f8, 0x3f1c28f6, 0x4059999a,
                              0x3fcccccc, 0x3f147ae2, 0x3aebedfb, 0x3f8e147a, 0x3f7851ec, 0x3f0ccccc});
  CHECK(float_bits(smooth_l1_loss(predictions(), targets(), Reduction::None, 0.5)) ==
        std::vector<uint32_t>{0x3d23d70c, 0x3fecccce, 0x40133333, 0x39d1b717, 0x3f866666, 0x3fd33332,
                              0x3fc00000, 0x40266666, 0x3b23d70f, 0x3ddf06f8, 0x3f5c28f6, 0x4069999a,
                              0x3feccccc, 0x3f547ae2, 0x3b6bedfb, 0x3fae147a, 0x3f9c28f6, 0x3f4ccccc});
  CHECK(float_bits(smooth_l1_loss(predictions(), targets(), Reduction::Mean, 1.0)) == std::vector<uint32_t>{0x3f8278f7});
}

TEST_CASE("huber_loss rounds as PyTorch's kernel") {
  CHECK(float_bits(huber_loss(predictions(), targets(), Reduction::None, 0.7)) ==
        std::vector<uint32_t>{0x3ca3d70c, 0x3f9ccccd, 0x3fc51eb8, 0x3951b717, 0x3f2a3d70, 0x3f8ae147,
                              0x3f7ae147, 0x3fe00000, 0x3aa3d70f, 0x3d5f06f8, 0x3f083127, 0x401f0a3e,
                              0x3f9ccccc, 0x3f02d0e5, 0x3aebedfb, 0x3f61cabf, 0x3f48b439, 0x3efae146});
  CHECK(float_bits(huber_loss(predictions(), targets(), Reduction::Sum, 1.0)) == std::vector<uint32_t>{0x4192c816});
}

TEST_CASE("robust losses: names and errors are PyTorch's") {
  CHECK(smooth_l1_loss(vec({1}, true), vec({2}), Reduction::Mean, 1).grad_fn()->name() == "SmoothL1LossBackward0");
  CHECK(huber_loss(vec({1}, true), vec({2}), Reduction::Mean, 1).grad_fn()->name() == "HuberLossBackward0");
  CHECK_THROWS_WITH(smooth_l1_loss(vec({1}), vec({2}), Reduction::Mean, -1),
                    "smooth_l1_loss does not support negative values for beta.");
  CHECK_THROWS_WITH(huber_loss(vec({1}), vec({2}), Reduction::Mean, 0),
                    "huber_loss does not support non-positive values for delta.");
  CHECK_THROWS_WITH(smooth_l1_loss(ints({1}), ints({2}), Reduction::Mean, 1), "\"smooth_l1_cpu\" not implemented for 'Long'");
}

TEST_CASE("robust loss gradients match finite differences, for input and target") {
  Tensor x = f64({0.3, -1.7, 2.25, 0.05, -0.4, 3.1}, {2, 3}), y = f64({0.1, 0.4, -0.3, 0.17, 0.9, 1.2}, {2, 3});
  for (Reduction r : {Reduction::None, Reduction::Mean, Reduction::Sum}) {
    check_gradients([r](auto& in) { return smooth_l1_loss(in[0], in[1], r, 1.0); }, {x, y});
    check_gradients([r](auto& in) { return smooth_l1_loss(in[0], in[1], r, 0.5); }, {x, y});
    check_gradients([r](auto& in) { return huber_loss(in[0], in[1], r, 0.7); }, {x, y});
  }
}

TEST_CASE("robust loss gradients taken with create_graph are their double-backward ops, differentiable again") {
  Tensor x = make({0.3, -1.7, 2.25}, {3}, DType::Float64, true), y = f64({0.1, 0.4, -0.3}, {3});
  CHECK(name_of(grad({smooth_l1_loss(x, y, Reduction::Mean, 1.0)}, {}, {x}, true, false, true)[0]) ==
        "SmoothL1LossBackwardBackward0");
  CHECK(name_of(grad({huber_loss(x, y, Reduction::Mean, 1.0)}, {}, {x}, true, false, true)[0]) ==
        "HuberLossBackwardBackward0");
  check_gradients([](auto& in) { return smooth_l1_loss(mul(in[0], in[0]), in[1], Reduction::Mean, 1.0); },
                  {f64({0.3, -1.7, 2.25}, {3}), f64({0.1, 0.4, -0.3}, {3})});
  check_gradients([](auto& in) { return huber_loss(mul(in[0], in[0]), in[1], Reduction::Sum, 0.7); },
                  {f64({0.3, -1.7, 2.25}, {3}), f64({0.1, 0.4, -0.3}, {3})});
}

// Mixed dtypes, recorded from PyTorch 1.13 with x = [0.25, 1.5, -2, 3], y = [1, -0.5, 2, 3] (as int64:
// [0, 1, -2, 3] and [1, 0, 2, 3]).
namespace {
const std::vector<double> xs{0.25, 1.5, -2.0, 3.0}, ys{1.0, -0.5, 2.0, 3.0};
Tensor input(DType t, bool requires_grad = false) { return make(xs, {4}, t, requires_grad); }
Tensor target(DType t, bool requires_grad = false) { return make(ys, {4}, t, requires_grad); }
}  // namespace

TEST_CASE("huber_loss of mixed dtypes has input's dtype; its backward wants one dtype, input's gradient first") {
  Tensor x = input(DType::Float32, true), y = target(DType::Float64, true);
  Tensor loss = huber_loss(x, y, Reduction::Mean, 1.0);
  CHECK(loss.dtype() == DType::Float32);
  CHECK(item(loss) == 1.3203125);
  CHECK_THROWS_WITH(grad({loss}, {}, {x, y}, false, false), "Found dtype Double but expected Float");
  Tensor y_only = target(DType::Float64, true);
  CHECK_THROWS_WITH(grad({huber_loss(input(DType::Float32), y_only, Reduction::Mean, 1.0)}, {}, {y_only}, false, false),
                    "Found dtype Float but expected Double");
  Tensor x64 = input(DType::Float64, true);
  Tensor summed = huber_loss(x64, target(DType::Int64), Reduction::Sum, 1.0);
  CHECK(summed.dtype() == DType::Float64);
  CHECK(item(summed) == 4.78125);
  CHECK_THROWS_WITH(grad({summed}, {}, {x64}, false, false), "Found dtype Long but expected Double");
  CHECK_THROWS_WITH(huber_loss(input(DType::Int64), y, Reduction::Mean, 1.0),
                    "result type Double can't be cast to the desired output type Long");
  CHECK_THROWS_WITH(huber_loss(input(DType::Int64), target(DType::Int64), Reduction::Mean, 1.0),
                    "\"huber_cpu\" not implemented for 'Long'");
}

TEST_CASE("smooth_l1_loss of mixed dtypes: gradients computed in the promoted dtype, each of its operand's dtype") {
  Tensor x = input(DType::Float32, true), y = target(DType::Float64, true);
  Tensor loss = smooth_l1_loss(x, y, Reduction::Mean, 1.0);
  CHECK(loss.dtype() == DType::Float64);
  CHECK(item(loss) == 1.3203125);
  std::vector<Tensor> g = grad({loss}, {}, {x, y}, false, false);
  CHECK(g[0].dtype() == DType::Float32);
  CHECK(values(g[0]) == std::vector<double>{-0.1875, 0.25, -0.25, 0.0});
  CHECK(g[1].dtype() == DType::Float64);
  CHECK(values(g[1]) == std::vector<double>{0.1875, -0.25, 0.25, 0.0});
  CHECK_FALSE(std::signbit(values(g[1])[3]));
}

TEST_CASE("smooth_l1_loss with beta 0: its gradient counts a zero difference as negative, for input and target") {
  Tensor x = input(DType::Float64, true), y = target(DType::Float64, true);
  std::vector<Tensor> g = grad({smooth_l1_loss(x, y, Reduction::Mean, 0.0)}, {}, {x, y}, false, false);
  CHECK(values(g[0]) == std::vector<double>{-0.25, 0.25, -0.25, -0.25});
  CHECK(values(g[1]) == std::vector<double>{0.25, -0.25, 0.25, -0.25});
}

TEST_CASE("robust losses' target gradients are their own backward ops of (target, input), as PyTorch's") {
  Tensor x = input(DType::Float64, true), y = target(DType::Float64, true);
  CHECK(name_of(grad({smooth_l1_loss(x, y, Reduction::Mean, 1.0)}, {}, {y}, true, false, true)[0]) ==
        "SmoothL1LossBackwardBackward0");
  CHECK(name_of(grad({huber_loss(x, y, Reduction::Mean, 1.0)}, {}, {y}, true, false, true)[0]) ==
        "HuberLossBackwardBackward0");
}
