// The vector p-norm over all elements or chosen dims: (Σ |x|^p)^(1/p), with p = inf giving
// max |x|, p = -inf min |x| and p = 0 the count of non-zeros. NormBackward1, as PyTorch's.
//
// Shapes: as every reduction (ops/reduce_shape.h). Backward (g restored to x's rank):
//   p = 1: g·sgn(x)   p = 2: g·x/‖x‖   p = ±inf: g shared among the |x| equal to the norm
//   other p: g·x·|x|^(p-2) / ‖x‖^(p-1)      (0 where the norm is 0)
#include <cmath>

#include "autograd/record.h"
#include "ops/elementwise.h"
#include "ops/reduce_shape.h"

namespace gb {

namespace {

Tensor num(double v) { return wrapped_scalar(v, DType::Float64); }

Tensor norm_forward(const Tensor& x, double p, const std::vector<int64_t>& dims, bool keepdim) {
  Tensor a = abs(x);
  if (p == 0) return sum(ne(x, num(0)), dims, keepdim, x.dtype());
  if (p == 1) return sum(a, dims, keepdim);
  if (p == 2) return sqrt(sum(mul(x, x), dims, keepdim));
  if (std::isinf(p)) return p > 0 ? amax(a, dims, keepdim) : amin(a, dims, keepdim);
  return pow(sum(pow(a, p), dims, keepdim), 1 / p);
}

Tensor norm_backward(const Tensor& g, const Tensor& x, const Tensor& norm, double p, uint64_t mask) {
  Tensor zero = num(0);
  if (p == 0) return zeros_like(x);
  if (p == 1) return mul(sign(x), g);
  if (p == 2) return mul(g, where(eq(norm, zero), zero, div(x, norm)));
  if (std::isinf(p)) {
    Tensor a = abs(x);
    Tensor winners = logical_or(eq(a, norm), isnan(a));
    return mul(sign(x), mul(div(g, sum(winners, mask_dims(mask, x.dim()), true)), winners));
  }
  Tensor scale = where(eq(norm, zero), zero, div(g, pow(norm, p - 1)));
  if (p < 1) return mul(mul(mul(sign(x), where(eq(x, zero), zero, pow(abs(x), p - 1))), g), pow(norm, 1 - p));
  if (p < 2) return mul(mul(sign(x), pow(abs(x), p - 1)), scale);
  return mul(mul(x, pow(abs(x), p - 2)), scale);
}

}  // namespace

Tensor norm(const Tensor& t, double p, const std::vector<int64_t>& dims, bool keepdim) {
  if (!is_floating(t.dtype()))
    fail("norm(): input dtype should be either floating point or complex. Got ", scalar_type_name(t.dtype()),
         " instead.");
  uint64_t mask = dim_mask(dims, t.dim());
  Tensor out = norm_forward(detach(t), p, dims, keepdim);
  if (needs_grad(t))
    record("NormBackward1", out, {t}, {t, out}, [p, mask, keepdim](const BackwardContext& c) {
      const Tensor& x = c.saved(0);
      Tensor g = restore_dims(c.grad(), x.shape(), mask, keepdim);
      Tensor n = restore_dims(c.saved(1), x.shape(), mask, keepdim);
      return Grads{norm_backward(g, x, n, p, mask)};
    });
  return out;
}

}  // namespace gb
