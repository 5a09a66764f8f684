// prelu: leaky_relu with learnt slopes, one per channel (dim 1) or one for all.
//
// Shapes: x [N, C, ..] (or any shape for a single slope), weight [C] or [1] (or []); y has x's
// shape. y = x where x > 0, else weight·x. Backward (PreluBackward0): dx = grad where x > 0,
// else weight·grad; dweight = the sum of x·grad where x ≤ 0 over every dim but the channel's.
// Both are written with recorded ops, so a gradient taken with create_graph differentiates again.
#include "autograd/record.h"
#include "ops/dtype_checks.h"
#include "ops/ops.h"
#include "tensor/error.h"

namespace gb {

namespace {

// The slopes shaped to broadcast against x: [1, C, 1, ..] for one per channel.
Tensor slopes_for(const Tensor& weight, const Tensor& x) {
  if (weight.numel() == 1 || x.dim() < 2) return reshape(weight, {});
  Shape shape(size_t(x.dim()), 1);
  shape[1] = weight.numel();
  return reshape(weight, shape);
}

Tensor positive(const Tensor& x) { return gt(x, wrapped_scalar(0, DType::Int64)); }

}  // namespace

Tensor prelu(const Tensor& x, const Tensor& weight) {
  const int64_t slopes = weight.numel();
  if (slopes != 1) {
    if (x.dim() == 0) fail("Not allow zero-dim input tensor.");
    const int64_t channels = x.dim() > 1 ? x.size(1) : 1;
    if (channels != slopes)
      fail("Mismatch of parameter numbers and input channel size. Found parameter numbers = ", slopes,
           " and channel size = ", channels, ".");
  }
  if (weight.dim() > 1)
    fail("prelu: Expected `weight` to be a scalar or 1D tensor, but got ndim = ", weight.dim());
  check_same_dtype(x, {weight});
  const Tensor xv = detach(x);
  Tensor y = where(positive(xv), xv, mul(slopes_for(detach(weight), xv), xv));
  if (needs_grad(x, weight))
    record("PreluBackward0", y, {x, weight}, {x, weight}, [](const BackwardContext& c) {
      const Tensor &g = c.grad(), &x = c.saved(0), &weight = c.saved(1);
      const Tensor up = positive(x);
      Grads grads{c.needs(0) ? where(up, g, mul(slopes_for(weight, x), g)) : Tensor{}, Tensor{}};
      if (c.needs(1)) {
        const Tensor collected = where(up, zeros({}, g.dtype()), mul(x, g));
        std::vector<int64_t> batch_and_positions{0};  // every dim but the channel's
        for (int64_t d = 2; d < x.dim(); ++d) batch_and_positions.push_back(d);
        const Tensor summed = weight.numel() == 1 ? sum(collected) : sum(collected, batch_and_positions, false);
        grads[1] = reshape(summed, weight.shape());
      }
      return grads;
    });
  return y;
}

}  // namespace gb
