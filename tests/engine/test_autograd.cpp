// The backward pass: accumulation, retained graphs, saved tensors, grad mode, autograd.grad.
#include "autograd/function_node.h"
#include "autograd/grad_mode.h"
#include "autograd/node.h"
#include "autograd/tensor_state.h"
#include "tensor/error.h"
#include "helpers.h"

using namespace gb;
using namespace gb::test;

TEST_CASE("leaves accumulate gradients across backward passes") {
  Tensor x = vec({1, 2}, true);
  backward({sum(mul(x, x))}, {}, false);
  backward({sum(mul(x, x))}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{4, 8});
}

TEST_CASE("a gradient can be implicit only for one-element outputs") {
  Tensor x = vec({1, 2}, true);
  CHECK_THROWS_WITH(backward({mul(x, x)}, {}, false), "grad can be implicitly created only for scalar outputs");
  CHECK_THROWS_WITH(backward({vec({1})}, {}, false),
                    "element 0 of tensors does not require grad and does not have a grad_fn");
}

TEST_CASE("saved tensors are freed by backward unless the graph is retained") {
  Tensor x = vec({2}, true);
  Tensor y = pow(x, 3);
  backward({y}, {}, true);
  backward({y}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{24});
  CHECK_THROWS_WITH(backward({y}, {}, false), doctest::Contains("Trying to backward through the graph a second time"));
}

TEST_CASE("a node that saved nothing can run twice") {
  Tensor x = vec({1, 2}, true);
  Tensor y = sum(add(x, wrapped_scalar(1, DType::Int64)));
  backward({y}, {}, false);
  backward({y}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{2, 2});
}

TEST_CASE("a saved input changed in place is named by its current grad_fn") {
  Tensor x = vec({1, 2}, true);
  Tensor y = mul(x, wrapped_scalar(2, DType::Int64));
  Tensor z = mul(y, y);
  add_(y, wrapped_scalar(1, DType::Int64));
  CHECK_THROWS_WITH(backward({sum(z)}, {}, false),
                    doctest::Contains("modified by an inplace operation: [torch.FloatTensor [2]], which is output 0 of "
                                      "AddBackward0, is at version 1; expected version 0 instead."));
}

TEST_CASE("a saved output changed in place is named by the node that saved it") {
  Tensor x = vec({1, 2}, true);
  Tensor y = reciprocal(x);
  add_(y, wrapped_scalar(1, DType::Int64));
  CHECK_THROWS_WITH(backward({sum(y)}, {}, false),
                    doctest::Contains("[torch.FloatTensor [2]], which is output 0 of ReciprocalBackward0, is at version 1"));
}

TEST_CASE("a saved leaf changed in place has no producer in the message") {
  Tensor w = vec({1, 2}, true);
  Tensor z = mul(w, w);
  {
    GradModeGuard no_grad(false);
    add_(w, wrapped_scalar(1, DType::Int64));
  }
  CHECK_THROWS_WITH(backward({sum(z)}, {}, false),
                    doctest::Contains("inplace operation: [torch.FloatTensor [2]] is at version 1; expected version 0"));
}

TEST_CASE("in-place ops on leaves that require grad are refused while grad mode is on") {
  Tensor w = vec({1, 2}, true);
  CHECK_THROWS_WITH(sub_(w, wrapped_scalar(0.1, DType::Float64)),
                    "a leaf Variable that requires grad is being used in an in-place operation.");
  GradModeGuard no_grad(false);
  sub_(w, wrapped_scalar(0.5, DType::Float64));
  CHECK(values(w) == std::vector<double>{0.5, 1.5});
}

TEST_CASE("no-grad mode records nothing") {
  Tensor x = vec({1}, true);
  GradModeGuard no_grad(false);
  Tensor y = mul(x, x);
  CHECK_FALSE(y.requires_grad());
  CHECK(y.grad_fn() == nullptr);
}

TEST_CASE("an in-place op on a non-leaf extends its history") {
  Tensor x = vec({1, 2}, true);
  Tensor y = mul(x, wrapped_scalar(3, DType::Int64));
  add_(y, wrapped_scalar(1, DType::Int64));
  CHECK(y.grad_fn()->name() == "AddBackward0");
  backward({sum(y)}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{3, 3});
}

TEST_CASE("autograd.grad returns gradients without touching .grad") {
  Tensor x = vec({1, 2}, true), y = vec({3}, true);
  auto g = grad({sum(mul(x, x))}, {}, {x}, false, false);
  CHECK(values(g[0]) == std::vector<double>{2, 4});
  CHECK_FALSE(grad_of(x).defined());
  CHECK_THROWS_WITH(grad({sum(mul(x, x))}, {}, {y}, false, false), doctest::Contains("appears to not have been used"));
}

TEST_CASE("graphs are freed with their last output") {
  int64_t before = TensorImpl::live_count;
  {
    Tensor x = vec({1, 2, 3}, true);
    for (int i = 0; i < 100; ++i) {
      Tensor z = add(mul(wrapped_scalar(3, DType::Int64), pow(x, 2)), wrapped_scalar(5, DType::Int64));
      backward({z}, {ones_like(z)}, false);
    }
  }
  CHECK(TensorImpl::live_count == before);
}

TEST_CASE("a non-leaf that retains its gradient gets .grad, after its hooks ran") {
  Tensor x = vec({1, 2}, true);
  Tensor y = mul(x, wrapped_scalar(3, DType::Int64));
  retain_grad(y);
  register_hook(y, [](const Tensor& g) { return mul(g, wrapped_scalar(10, DType::Int64)); });
  backward({sum(mul(y, y))}, {}, false);
  CHECK(values(grad_of(y)) == std::vector<double>{60, 120});
  CHECK(values(grad_of(x)) == std::vector<double>{180, 360});
  CHECK_THROWS_WITH(retain_grad(vec({1})), "can't retain_grad on Tensor that has requires_grad=False");
}

TEST_CASE("a retained gradient follows its tensor through an in-place op") {
  Tensor x = vec({1, 2}, true);
  Tensor y = mul(x, wrapped_scalar(2, DType::Int64));
  retain_grad(y);
  add_(y, wrapped_scalar(1, DType::Int64));
  backward({sum(mul(y, y))}, {}, false);
  CHECK(values(grad_of(y)) == std::vector<double>{6, 10});
}

TEST_CASE("hooks on a leaf may replace the gradient before it accumulates") {
  Tensor x = vec({1, 2}, true);
  std::vector<double> seen;
  register_hook(x, [&](const Tensor& g) {
    seen = values(g);
    return Tensor{};
  });
  register_hook(x, [](const Tensor& g) { return add(g, g); });
  backward({sum(mul(x, wrapped_scalar(3, DType::Int64)))}, {}, false);
  CHECK(seen == std::vector<double>{3, 3});
  CHECK(values(grad_of(x)) == std::vector<double>{6, 6});
  CHECK_THROWS_WITH(register_hook(vec({1}), [](const Tensor& g) { return g; }),
                    "cannot register a hook on a tensor that doesn't require gradient");
}

TEST_CASE("an exception in a hook leaves backward and the engine usable") {
  Tensor x = vec({1, 2}, true);
  Tensor y = mul(x, x);
  register_hook(y, [](const Tensor&) -> Tensor { throw Error(ErrorKind::Host, "raised by the host"); });
  CHECK_THROWS_WITH(backward({sum(y)}, {}, false), "raised by the host");
  CHECK(grad_enabled());
  backward({sum(mul(x, x))}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{2, 4});
}

TEST_CASE("requires_grad can change on leaves of floating dtype only") {
  Tensor x = vec({1});
  set_requires_grad(x, true);
  CHECK(x.requires_grad());
  Tensor y = mul(x, x);
  CHECK_THROWS_WITH(set_requires_grad(y, true), "you can only change requires_grad flags of leaf variables.");
  CHECK_THROWS_WITH(set_requires_grad(y, false), doctest::Contains("use var_no_grad = var.detach()."));
  CHECK_THROWS_WITH(set_requires_grad(make({1}, {1}, DType::Int64), true),
                    "only Tensors of floating point dtype can require gradients");
}

TEST_CASE(".data shares values but neither history nor version") {
  Tensor x = vec({1, 2}, true);
  Tensor d = data_of(x);
  CHECK_FALSE(d.requires_grad());
  add_(d, wrapped_scalar(1, DType::Int64));
  CHECK(values(x) == std::vector<double>{2, 3});
  CHECK(*x.impl()->version == 0);
  set_data(x, vec({5, 6, 7}));
  CHECK(x.shape() == Shape{3});
  CHECK(x.requires_grad());
}

TEST_CASE("detach_ makes a leaf, but not of a view") {
  Tensor x = vec({1, 2}, true);
  Tensor y = mul(x, x);
  detach_(y);
  CHECK(y.is_leaf());
  CHECK_FALSE(y.requires_grad());
  CHECK_THROWS_WITH(detach_(select(x, 0, 0)), doctest::Contains("Can't detach views in-place. Use detach() instead."));
}

TEST_CASE("backward with inputs accumulates into those inputs only") {
  Tensor a = vec({1, 2}, true), b = vec({3, 4}, true);
  Tensor y = mul(a, b);
  backward({sum(y)}, {}, false, {a, y});
  CHECK(values(grad_of(a)) == std::vector<double>{3, 4});
  CHECK_FALSE(grad_of(b).defined());
  CHECK(values(grad_of(y)) == std::vector<double>{1, 1});
}

TEST_CASE("a node no gradient reaches passes none on") {
  Tensor x = vec({1, 2}, true);
  Tensor y = mul(x, x);
  Tensor out;
  {
    GradModeGuard no_grad(false);
    out = mul(y, wrapped_scalar(1, DType::Int64));
  }
  FunctionNode::record("NoneBackward", {y}, {out}, {}, true,
                       [](const Grads&, const std::vector<Tensor>&) { return Grads{Tensor{}}; });
  backward({sum(add(out, x))}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{1, 1});
}

TEST_CASE("autograd.grad reaches an input behind another captured input") {
  Tensor a = vec({1, 2}, true);
  Tensor y = mul(a, a);
  auto g = grad({sum(y)}, {}, {y, a}, false, false);
  CHECK(values(g[0]) == std::vector<double>{1, 1});
  CHECK(values(g[1]) == std::vector<double>{2, 4});
}
