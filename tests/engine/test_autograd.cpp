// The backward pass: accumulation, retained graphs, saved tensors, grad mode, autograd.grad.
#include "autograd/grad_mode.h"
#include "autograd/node.h"
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

TEST_CASE("reading a saved tensor after an in-place change is an error") {
  Tensor x = vec({1, 2}, true);
  Tensor y = mul(x, wrapped_scalar(2, DType::Int64));
  Tensor z = mul(y, y);
  add_(y, wrapped_scalar(1, DType::Int64));
  CHECK_THROWS_WITH(backward({sum(z)}, {}, false),
                    doctest::Contains("modified by an inplace operation: [torch.FloatTensor [2]], which is output 0 of "
                                      "MulBackward0, is at version 1; expected version 0 instead."));
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
