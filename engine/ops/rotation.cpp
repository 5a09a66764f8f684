// roll and rot90: the elements move around a cycle, along dims (roll) or in a plane (rot90).
//
// Shapes: the result has self's shape (rot90 by an odd k swaps the plane's two sizes).
// Backward: the same move undone, roll(grad, −shifts, dims) and rot90(grad, −k, dims), each
// recorded, so a gradient taken with create_graph can be differentiated again.
#include <cstdlib>

#include "autograd/record.h"
#include "ops/ops.h"
#include "tensor/error.h"

namespace gb {

namespace {

// t rolled by `shift` along d (t carries no history: the caller records the node).
Tensor roll_dim(const Tensor& t, int64_t shift, int64_t d) {
  const int64_t n = t.shape()[size_t(d)];
  if (n == 0) return t;
  const int64_t s = (shift % n + n) % n;
  if (s == 0) return t;
  return cat({narrow(t, d, n - s, s), narrow(t, d, 0, n - s)}, d);
}

std::vector<int64_t> negated(std::vector<int64_t> v) {
  for (int64_t& x : v) x = -x;
  return v;
}

}  // namespace

// Without dims a single shift rolls the flattened tensor, whose shape is then restored.
Tensor roll(const Tensor& self, const std::vector<int64_t>& shifts, const std::vector<int64_t>& dims) {
  if (shifts.empty()) fail("`shifts` required");
  if (!(dims.empty() && shifts.size() == 1) && shifts.size() != dims.size())
    fail("shifts and dimensions must align. shifts: ", shifts.size(), ", dims:", dims.size());
  Tensor moved = detach(self);
  if (dims.empty()) {
    moved = reshape(roll_dim(reshape(moved, {self.numel()}), shifts[0], 0), self.shape());
  } else {
    for (size_t i = 0; i < dims.size(); ++i) moved = roll_dim(moved, shifts[i], wrap_existing_dim(dims[i], self.dim()));
  }
  Tensor out = contiguous_copy(moved);
  if (needs_grad(self))
    record("RollBackward0", out, {self}, {}, [shifts, dims](const BackwardContext& c) {
      return Grads{roll(c.grad(), negated(shifts), dims)};
    });
  return out;
}

// A quarter turn takes dims[0] towards dims[1]: flip dims[1], then swap the two.
Tensor rot90(const Tensor& self, int64_t k, const std::vector<int64_t>& dims) {
  if (dims.size() != 2) fail("expected total rotation dims == 2, but got dims = ", dims.size());
  if (self.dim() < 2) fail("expected total dims >= 2, but got total dims = ", self.dim());
  if (dims[0] == dims[1] || std::abs(dims[0] - dims[1]) == self.dim())
    fail("expected rotation dims to be different, but got dim0 = ", dims[0], " and dim1 = ", dims[1]);
  const int64_t rank = self.dim();
  if (dims[0] >= rank || dims[0] < -rank) fail("Rotation dim0 out of range, dim0 = ", dims[0]);
  if (dims[1] >= rank || dims[1] < -rank) fail("Rotation dim1 out of range, dim1 = ", dims[1]);
  const int64_t d0 = wrap_dim(dims[0], rank), d1 = wrap_dim(dims[1], rank);
  Tensor x = detach(self);
  Tensor turned;
  switch ((k % 4 + 4) % 4) {
    case 1: turned = transpose(flip(x, {d1}), d0, d1); break;
    case 2: turned = flip(x, {d0, d1}); break;
    case 3: turned = transpose(flip(x, {d0}), d0, d1); break;
    default: turned = x;
  }
  Tensor out = contiguous_copy(turned);
  if (needs_grad(self))
    record("Rot90Backward0", out, {self}, {}, [k, dims](const BackwardContext& c) {
      return Grads{rot90(c.grad(), -k, dims)};
    });
  return out;
}

}  // namespace gb
