// embedding_bag: sum, mean and max over bags cut by offsets; per-sample weights (one fused
// multiply-add each, as PyTorch's axpy), padding_idx, empty bags; gradients for the table and the
// weights by hand and by float64 finite differences; PyTorch's errors.

#include <cmath>

#include "helpers.h"
#include "tensor/error.h"

using namespace gb;
using namespace gb::test;

namespace {
enum { kSum = 0, kMean = 1, kMax = 2 };
Tensor table() { return make({0.5, -1, 2, 0.25, 3, -0.75, -2, 4}, {4, 2}); }
const Tensor none;
}  // namespace

TEST_CASE("embedding_bag reduces each bag's rows; an empty bag gives zeros") {
  Tensor idx = ints({0, 2, 1, 3, 2}), off = ints({0, 2, 2});
  CHECK(values(embedding_bag(table(), idx, off, kSum, none, false, -1)) ==
        std::vector<double>{3.5, -1.75, 0, 0, 3, 3.5});
  CHECK(values(embedding_bag(table(), idx, off, kMean, none, false, -1)) ==
        std::vector<double>{1.75, -0.875, 0, 0, 1, double(3.5f / 3.0f)});
  CHECK(values(embedding_bag(table(), idx, off, kMax, none, false, -1)) == std::vector<double>{3, -0.75, 0, 0, 3, 4});
  // include_last_offset: the last offset ends the last bag; padding_idx is skipped and not counted
  CHECK(values(embedding_bag(table(), idx, ints({0, 2, 5}), kMean, none, true, 2)) ==
        std::vector<double>{0.5, -1, 0, 2.125});
}

TEST_CASE("embedding_bag adds a weighted sample with one rounding") {
  const double a = 1 + std::ldexp(1.0, -12);  // a·a = 1 + 2⁻¹¹ + 2⁻²⁴, which a float holds only fused with the -1
  Tensor out = embedding_bag(make({-1, a}, {2, 1}), ints({0, 1}), ints({0}), kSum, make({1, a}, {2}), false, -1);
  CHECK(values(out) == std::vector<double>{std::ldexp(1.0, -11) + std::ldexp(1.0, -24)});
}

TEST_CASE("embedding_bag's gradients reach the table and the per-sample weights") {
  Tensor w = table(), s = vec({1, 2, -1, 0.5, 3});
  w.impl()->requires_grad = s.impl()->requires_grad = true;
  Tensor out = embedding_bag(w, ints({0, 2, 1, 3, 2}), ints({0, 2}), kSum, s, false, -1);
  CHECK(name_of(out) == "EmbeddingBagBackward0");
  backward({out}, {make({1, 2, 3, 4}, {2, 2})}, false);
  CHECK(values(grad_of(w)) == std::vector<double>{1, 2, -3, -4, 11, 16, 1.5, 2});
  CHECK(values(grad_of(s)) == std::vector<double>{-1.5, 1.5, 7, 10, 6});
  for (int mode : {kSum, kMean, kMax})
    check_first_gradients(
        [mode](auto& in) { return embedding_bag(in[0], ints({0, 2, 1, 3, 2, 0}), ints({0, 2, 2}), mode, none, false, 1); },
        {f64({0.5, -1, 2, 0.25, 3, -0.75, -2, 4}, {4, 2})});
  check_first_gradients(
      [](auto& in) { return embedding_bag(in[0], ints({0, 2, 1, 3}), ints({0, 1}), kSum, in[1], false, -1); },
      {f64({0.5, -1, 2, 0.25, 3, -0.75, -2, 4}, {4, 2}), f64({0.3, -1.2, 0.8, 2.0}, {4})});
}

TEST_CASE("embedding_bag's recorded gradients are PyTorch's NotImplemented nodes, which refuse to be differentiated") {
  Tensor w = make({0.5, -1, 2, 0.25, 3, -0.75, -2, 4}, {4, 2}, DType::Float64, true);
  Tensor s = make({1, 2, -1, 0.5}, {4}, DType::Float64, true);
  Tensor out = embedding_bag(w, ints({0, 2, 1, 3}), ints({0, 2}), kSum, s, false, -1);
  std::vector<Tensor> g = grad({sum(mul(out, out))}, {}, {w, s}, true, false, true);
  CHECK(g[0].grad_fn()->display_name() == "torch::autograd::NotImplemented");
  CHECK(g[0].grad_fn()->next_edges()[1].node->name() == "AccumulateGrad");  // per_sample_weights
  CHECK_THROWS_WITH(grad({sum(g[0])}, {}, {w}, false, false), "derivative for _embedding_bag_dense_backward is not implemented");
  CHECK_THROWS_WITH(grad({sum(g[1])}, {}, {s}, false, false),
                    "derivative for aten::_embedding_bag_per_sample_weights_backward is not implemented");
  // Without per-sample weights the node's second edge is empty; an unrecorded gradient has none.
  Tensor plain = embedding_bag(w, ints({0, 2, 1, 3}), ints({0, 2}), kMax, none, false, -1);
  Tensor gw = grad({sum(mul(plain, plain))}, {}, {w}, true, false, true)[0];
  CHECK(gw.grad_fn()->display_name() == "torch::autograd::NotImplemented");
  CHECK(gw.grad_fn()->next_edges()[1].node == nullptr);
  CHECK_FALSE(grad({sum(plain)}, {}, {w}, true, false, true)[0].requires_grad());
}

TEST_CASE("embedding_bag's errors are PyTorch's") {
  CHECK_THROWS_WITH(embedding_bag(table(), ints({0, 1}), ints({1}), kSum, none, false, -1),
                    "offsets[0] has to be 0, i.e., the first sequence in the mini-batch has to start from position 0. "
                    "However, got 1\n[ torch.LongTensor{} ]");
  CHECK_THROWS_WITH(embedding_bag(table(), ints({0, 1}), ints({0, 3}), kSum, none, false, -1),
                    "offsets[-1] can not be greater than input's length 2, but got 3");
  CHECK_THROWS_WITH(embedding_bag(table(), ints({4}), ints({0}), kSum, none, false, -1), "index out of range in self");
  CHECK_THROWS_WITH(embedding_bag(table(), vec({0}), ints({0}), kSum, none, false, -1),
                    "Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; "
                    "but got torch.FloatTensor instead (while checking arguments for embedding_bag)");
}
