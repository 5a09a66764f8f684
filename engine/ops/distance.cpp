// pairwise_distance: the p-norm of x1 - x2 + eps over the last dim, in PyTorch's three recorded
// steps (SubBackward0, AddBackward1 for its number operand, NormBackward1), so values, the graph
// and second derivatives are PyTorch's.
//
// Shapes: x1 [..A], x2 [..B] broadcast together to [..S, D] → [..S] ([..S, 1] with keepdim).
#include <algorithm>

#include "autograd/record.h"
#include "ops/elementwise.h"
#include "ops/ops.h"

namespace gb {

namespace {

// x + value as PyTorch's C++ adds a number (add.Scalar): one rounding in x's dtype; the node is
// AddBackward1, whose only edge is x and whose gradient passes through.
Tensor add_number(const Tensor& x, double value) {
  Tensor out = add(detach(x), wrapped_scalar(value, DType::Float64));
  if (needs_grad(x)) record("AddBackward1", out, {x}, {}, [](const BackwardContext& c) { return Grads{c.grad()}; });
  return out;
}

}  // namespace

Tensor pairwise_distance(const Tensor& x1, const Tensor& x2, double p, double eps, bool keepdim) {
  const int64_t last = std::max(x1.dim(), x2.dim()) - 1;
  return norm(add_number(sub(x1, x2), eps), p, {last}, keepdim);
}

}  // namespace gb
