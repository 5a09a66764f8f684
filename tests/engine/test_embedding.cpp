// embedding: rows picked by index; the weight's gradient sums the rows' gradients, none for
// padding_idx; PyTorch's errors.

#include "helpers.h"
#include "tensor/error.h"

using namespace gb;
using namespace gb::test;

namespace {
Tensor table() { return make({0.5, -1, 2, 0.25, 3, -0.75}, {3, 2}); }
}  // namespace

TEST_CASE("embedding looks rows up, in the indices' shape") {
  Tensor out = embedding(table(), make({2, 0, 2, 1}, {2, 2}, DType::Int64), -1);
  CHECK(out.shape() == Shape{2, 2, 2});
  CHECK(values(out) == std::vector<double>{3, -0.75, 0.5, -1, 3, -0.75, 2, 0.25});
  CHECK(embedding(table(), make({1}, {}, DType::Int32), -1).shape() == Shape{2});
}

TEST_CASE("embedding's weight gradient adds the rows looked up, skipping padding_idx") {
  Tensor w = table();
  w.impl()->requires_grad = true;
  Tensor out = embedding(w, ints({2, 0, 2, 1}), 2);
  CHECK(out.grad_fn()->name() == "EmbeddingBackward0");
  backward({out}, {make({1, 2, 3, 4, 5, 6, 7, 8}, {4, 2})}, false);
  CHECK(values(w.impl()->grad) == std::vector<double>{3, 4, 7, 8, 0, 0});
  check_gradients([](auto& in) { return embedding(in[0], ints({2, 0, 2, 1}), -1); },
                  {f64({0.5, -1, 2, 0.25, 3, -0.75}, {3, 2})});
}

TEST_CASE("embedding's gradient is recorded as PyTorch's embedding_dense_backward, whose own gradient picks the rows") {
  auto squared = [](const Tensor& v) { return mul(v, v); };
  check_gradients([squared](auto& in) { return squared(embedding(in[0], ints({2, 0, 2, 1}), -1)); },
                  {f64({0.5, -1, 2, 0.25, 3, -0.75}, {3, 2})});
  // The padding row gets no gradient, nor does the gradient of the gradient reach it.
  Tensor w = make({0.5, -1, 2, 0.25, 3, -0.75}, {3, 2}, DType::Float64, true);
  Tensor g = grad({sum(squared(embedding(w, make({2, 0, 2, 1}, {2, 2}, DType::Int64), 2)))}, {}, {w}, true, false, true)[0];
  CHECK(name_of(g) == "EmbeddingDenseBackwardBackward0");
  CHECK(values(g) == std::vector<double>{1, -2, 4, 0.5, 0, 0});
  CHECK(values(grad({sum(mul(g, g))}, {}, {w}, false, false)[0]) == std::vector<double>{4, -8, 16, 2, 0, 0});
}

TEST_CASE("embedding errors are PyTorch's") {
  CHECK_THROWS_WITH(embedding(table(), vec({1}), -1),
                    "Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; "
                    "but got torch.FloatTensor instead (while checking arguments for embedding)");
  CHECK_THROWS_WITH(embedding(table(), ints({3}), -1), "index out of range in self");
  CHECK_THROWS_WITH(embedding(vec({1, 2}), ints({0}), -1), "'weight' must be 2-D");
}
