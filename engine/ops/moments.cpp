// var and std over all elements or chosen dims, with Bessel's correction.
//
// Shapes: as every reduction (ops/reduce_shape.h). var = Σ(x - mean)² / max(0, N - correction),
// accumulated in double as PyTorch's CPU kernels do, then stored in the input's dtype.
// Backward: d var/dx = 2 (x - mean) / (N - correction);  d std/dx = d var/dx / (2 std),
// taken as 0 where std is 0.
#include <algorithm>
#include <cmath>

#include "autograd/record.h"
#include "ops/elementwise.h"
#include "ops/reduce_shape.h"

namespace gb {

namespace {

Tensor moment(const Tensor& t, const std::vector<int64_t>& dims, double correction, bool keepdim, bool take_sqrt) {
  if (!is_floating(t.dtype())) fail("std and var only support floating point and complex dtypes");
  uint64_t mask = dim_mask(dims, t.dim());
  double n = double(reduced_count(t.shape(), mask));
  double dof = std::max(0.0, n - correction);
  // Like PyTorch: over all elements the mean is taken in the input's dtype, per slice in double.
  Tensor centre = dims.empty() ? mean(t) : mean(as_dtype(t, DType::Float64), dims, true);
  Tensor squares = pow(sub(as_dtype(t, DType::Float64), centre), 2);
  Tensor sums = sum(squares, dims, keepdim);
  Tensor v = unary_map(sums, DType::Float64, DType::Float64, [dof, take_sqrt](double s) {
    return take_sqrt ? std::sqrt(s / dof) : s / dof;
  });
  return as_dtype(v, t.dtype());
}

Tensor var_backward(const Tensor& g, const Tensor& x, const std::vector<int64_t>& dims, uint64_t mask, double correction,
                    bool keepdim) {
  double dof = double(reduced_count(x.shape(), mask)) - correction;
  Tensor centred = sub(x, mean(x, dims, true));
  Tensor scale = wrapped_scalar(2.0 / dof, DType::Float64);
  return mul(mul(scale, restore_dims(g, x.shape(), mask, keepdim)), centred);
}

}  // namespace

Tensor var(const Tensor& t, const std::vector<int64_t>& dims, double correction, bool keepdim) {
  Tensor out = moment(detach(t), dims, correction, keepdim, false);
  if (needs_grad(t))
    record("VarBackward0", out, {t}, {t}, [dims, correction, keepdim](const BackwardContext& c) {
      const Tensor& x = c.saved(0);
      return Grads{var_backward(c.grad(), x, dims, dim_mask(dims, x.dim()), correction, keepdim)};
    });
  return out;
}

Tensor stddev(const Tensor& t, const std::vector<int64_t>& dims, double correction, bool keepdim) {
  Tensor out = moment(detach(t), dims, correction, keepdim, true);
  if (needs_grad(t))
    record("StdBackward0", out, {t}, {t, out}, [dims, correction, keepdim](const BackwardContext& c) {
      const Tensor& x = c.saved(0);
      const Tensor& s = c.saved(1);
      Tensor zero = wrapped_scalar(0, DType::Int64);
      Tensor g = where(eq(s, zero), zero, div(c.grad(), mul(s, wrapped_scalar(2, DType::Int64))));
      return Grads{var_backward(g, x, dims, dim_mask(dims, x.dim()), correction, keepdim)};
    });
  return out;
}

}  // namespace gb
