// prelu: one slope or one per channel (dim 1); gradients for input and slopes by hand and by
// float64 finite differences (first and second order); PyTorch's errors.

#include "helpers.h"
#include "tensor/error.h"

using namespace gb;
using namespace gb::test;

TEST_CASE("prelu scales the non-positive elements by their channel's slope") {
  Tensor x = make({1, -2, -4, 3, 0, -1}, {1, 2, 3});
  CHECK(values(prelu(x, vec({0.5, 0.25}))) == std::vector<double>{1, -1, -2, 3, 0, -0.25});
  CHECK(values(prelu(x, vec({0.5}))) == std::vector<double>{1, -1, -2, 3, 0, -0.5});
  CHECK(values(prelu(make({-2}, {}), vec({0.25}))) == std::vector<double>{-0.5});
}

TEST_CASE("prelu's gradients: the slope where x ≤ 0, and x·grad summed per channel") {
  Tensor x = make({1, -2, -4, 3, 0, -1}, {1, 2, 3}), w = vec({0.5, 0.25});
  x.impl()->requires_grad = w.impl()->requires_grad = true;
  Tensor y = prelu(x, w);
  CHECK(name_of(y) == "PreluBackward0");
  backward({y}, {make({1, 2, 3, 4, 5, 6}, {1, 2, 3})}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{1, 1, 1.5, 4, 1.25, 1.5});
  CHECK(values(grad_of(w)) == std::vector<double>{-16, -6});
  check_gradients([](auto& in) { return prelu(in[0], in[1]); },
                  {f64({0.7, -1.3, -0.4, 2.1, -0.9, 0.3, -1.7, 0.5}, {2, 2, 2}), f64({0.2, -0.6}, {2})});
  check_gradients([](auto& in) { return prelu(in[0], in[1]); }, {f64({0.7, -1.3, -0.4}, {3}), f64({0.3}, {1})});
}

TEST_CASE("prelu's errors are PyTorch's") {
  CHECK_THROWS_WITH(prelu(make({1, 2, 3, 4, 5, 6}, {2, 3}), vec({1, 1})),
                    "Mismatch of parameter numbers and input channel size. Found parameter numbers = 2 and channel "
                    "size = 3.");
  CHECK_THROWS_WITH(prelu(make({1}, {}), vec({1, 1})), "Not allow zero-dim input tensor.");
  CHECK_THROWS_WITH(prelu(make({1, 2}, {1, 2}), make({1, 1}, {1, 2})),
                    "prelu: Expected `weight` to be a scalar or 1D tensor, but got ndim = 2");
  CHECK_THROWS_WITH(prelu(ints({1, 2}), vec({1})), "Found dtype Float but expected Long");
}
