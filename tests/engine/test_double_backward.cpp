// Gradients of gradients: with create_graph the backward formulas run with grad mode on, so the
// gradients they produce are recorded and can be differentiated again.
#include "autograd/grad_mode.h"
#include "helpers.h"

using namespace gb;
using namespace gb::test;

TEST_CASE("the gradient of x³ has a history, and its gradient is 6x") {
  Tensor x = vec({1, 2, 3}, true);
  std::vector<Tensor> g = grad({sum(pow(x, 3))}, {}, {x}, true, false, true);
  CHECK(values(g[0]) == std::vector<double>{3, 12, 27});
  CHECK(name_of(g[0]) == "MulBackward0");
  std::vector<Tensor> h = grad({sum(g[0])}, {}, {x}, false, false);
  CHECK(values(h[0]) == std::vector<double>{6, 12, 18});
}

TEST_CASE("a saved input and a saved output come back with their histories") {
  Tensor x = vec({0.5, -1}, true);
  Tensor y = mul(x, x);  // saves x twice
  std::vector<Tensor> g = grad({sum(y)}, {}, {x}, true, false, true);
  CHECK(values(grad({sum(g[0])}, {}, {x}, true, false)[0]) == std::vector<double>{2, 2});
  Tensor e = exp(x);  // saves its result
  std::vector<Tensor> ge = grad({sum(e)}, {}, {x}, true, false, true);
  std::vector<Tensor> he = grad({sum(ge[0])}, {}, {x}, false, false);
  CHECK(values(he[0]) == values(exp(detach(x))));
}

TEST_CASE("backward with create_graph copies the first gradient into .grad and adds later ones") {
  Tensor w = vec({2}, true);
  backward({sum(pow(w, 3))}, {}, true, {}, true);
  CHECK(name_of(grad_of(w)) == "CopyBackwards");
  CHECK(values(grad_of(w)) == std::vector<double>{12});
  backward({sum(pow(w, 2))}, {}, true, {}, true);
  CHECK(name_of(grad_of(w)) == "AddBackward0");
  CHECK(values(grad_of(w)) == std::vector<double>{16});
  // .grad's graph leads back to w's accumulator, which holds w: a cycle, as in PyTorch (whose
  // warning says to reset .grad); resetting it frees the graph.
  w.impl()->grad = Tensor{};
}

TEST_CASE("without create_graph the gradients carry no history") {
  Tensor x = vec({1, 2}, true);
  std::vector<Tensor> g = grad({sum(mul(x, x))}, {}, {x}, false, false);
  CHECK_FALSE(g[0].requires_grad());
  CHECK(grad_enabled());
}

TEST_CASE("a squeeze's gradient is unsqueezed back, so its history shows UnsqueezeBackward0 as PyTorch's") {
  Tensor x = make({1, 2, 3}, {1, 3, 1}, DType::Float64, true);
  for (const Tensor& y : {squeeze(x), squeeze(x, 2)}) {
    std::vector<Tensor> g = grad({sum(mul(y, y))}, {}, {x}, true, false, true);
    CHECK(name_of(g[0]) == "UnsqueezeBackward0");
    CHECK(g[0].shape() == Shape{1, 3, 1});
    CHECK(values(grad({sum(g[0])}, {}, {x}, false, false)[0]) == std::vector<double>{2, 2, 2});
  }
}

TEST_CASE("recorded backward formulas carry PyTorch's node names") {
  Tensor x = make({0.5, -1, 2, 1.5, 0.25, -3}, {2, 3}, DType::Float64, true);
  auto gradient_node = [&x](const Tensor& y) { return name_of(grad({sum(mul(y, y))}, {}, {x}, true, false, true)[0]); };
  CHECK(gradient_node(select(x, 1, 2)) == "SelectBackwardBackward0");
  CHECK(gradient_node(slice(x, 1, 0, 3, 2)) == "SliceBackwardBackward0");
  CHECK(gradient_node(cumsum(x, 1)) == "FlipBackward0");
  CHECK(name_of(grad({sum(unary(Unary::Sigmoid, x))}, {}, {x}, true, false, true)[0]) == "SigmoidBackwardBackward0");
}

TEST_CASE("through a write into a slice, the recorded gradient is PyTorch's CopySlices over CopyBackwards") {
  Tensor x = make({0.5, -1, 2, 1.5, 0.25, -3}, {2, 3}, DType::Float64, true);
  Tensor y = mul(x, num(1));
  mul_(select(y, 1, 1), num(2));
  std::shared_ptr<Node> top = grad({sum(mul(y, y))}, {}, {x}, true, false, true)[0].grad_fn();
  REQUIRE(top);
  CHECK(top->name() == "MulBackward0");  // y = x·1
  const std::shared_ptr<Node>& copy_slices = top->next_edges()[0].node;
  REQUIRE(copy_slices);
  CHECK(copy_slices->display_name() == "torch::autograd::CopySlices");
  CHECK(copy_slices->next_edges()[0].node->name() == "CopyBackwards");
}

TEST_CASE("an in-place op saves a recorded clone of self, so its second derivative sees self's history") {
  Tensor x = vec({0.5, -1.5, 2}, true);
  Tensor y = mul(x, num(1));
  mul_(y, x);  // y = x², saved self is a clone of x·1
  std::vector<Tensor> g = grad({sum(y)}, {}, {x}, true, false, true);
  CHECK(values(g[0]) == std::vector<double>{1, -3, 4});
  CHECK(values(grad({sum(g[0])}, {}, {x}, false, false)[0]) == std::vector<double>{2, 2, 2});
}
