// Custom autograd functions: a FunctionNode's backward is host code behind a callback.
#include "autograd/function_node.h"
#include "autograd/grad_mode.h"
#include "helpers.h"
#include "tensor/error.h"

using namespace gb;
using namespace gb::test;

namespace {
// forward: y = 2x (computed by the caller); backward as given.
Tensor doubled(const Tensor& x, FunctionNode::Backward backward, std::vector<Tensor> saved = {}) {
  Tensor y;
  {
    GradModeGuard no_grad(false);
    y = mul(x, wrapped_scalar(2, DType::Int64));
  }
  FunctionNode::record("DoubleBackward", {x}, {y}, saved, true, std::move(backward));
  return y;
}
}  // namespace

TEST_CASE("a function's outputs point to its node, named as PyTorch names it") {
  Tensor x = vec({1, 2}, true);
  Tensor y = doubled(x, [](const Grads& g, const std::vector<Tensor>&) { return Grads{mul(g[0], wrapped_scalar(2, DType::Int64))}; });
  CHECK(y.grad_fn()->name() == "DoubleBackward");
  CHECK(y.grad_fn()->next_edges()[0].node->name() == "AccumulateGrad");
  backward({sum(y)}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{2, 2});
}

TEST_CASE("saved tensors reach backward, are checked for in-place changes, and are freed") {
  Tensor x = vec({1, 2}, true);
  Tensor y = doubled(x, [](const Grads& g, const std::vector<Tensor>& saved) { return Grads{mul(g[0], saved[0])}; }, {x});
  backward({sum(y)}, {}, true);
  CHECK(values(grad_of(x)) == std::vector<double>{1, 2});
  backward({sum(y)}, {}, false);
  CHECK_THROWS_WITH(backward({sum(y)}, {}, false), doctest::Contains("Trying to backward through the graph a second time"));
}

TEST_CASE("a gradient that is a broadcast of its input is summed down; others are refused") {
  Tensor x = vec({1, 2}, true);
  Tensor y = doubled(x, [](const Grads&, const std::vector<Tensor>&) { return Grads{ones({3, 2}, DType::Float64)}; });
  backward({sum(y)}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{3, 3});
  CHECK(grad_of(x).dtype() == DType::Float32);
  Tensor z = doubled(x, [](const Grads&, const std::vector<Tensor>&) { return Grads{ones({5}, DType::Float32)}; });
  CHECK_THROWS_WITH(backward({sum(z)}, {}, false),
                    "Function DoubleBackward returned an invalid gradient at index 0 - got [5] but expected shape compatible with [2]");
}

TEST_CASE("outputs no gradient reached are given zeros") {
  Tensor x = vec({1, 2}, true);
  Tensor a, b;
  {
    GradModeGuard no_grad(false);
    a = mul(x, wrapped_scalar(2, DType::Int64));
    b = mul(x, wrapped_scalar(3, DType::Int64));
  }
  std::vector<double> second;
  FunctionNode::record("PairBackward", {x}, {a, b}, {}, true, [&](const Grads& g, const std::vector<Tensor>&) {
    second = values(g[1]);
    return Grads{g[0]};
  });
  backward({sum(a)}, {}, false);
  CHECK(second == std::vector<double>{0, 0});
}

TEST_CASE("an exception raised in backward comes out of backward()") {
  Tensor x = vec({1, 2}, true);
  Tensor y = doubled(x, [](const Grads&, const std::vector<Tensor>&) -> Grads { throw Error(ErrorKind::Host, "boom"); });
  CHECK_THROWS_WITH(backward({sum(y)}, {}, false), "boom");
  CHECK(grad_enabled());
}
