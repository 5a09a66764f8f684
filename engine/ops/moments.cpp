// var and std over all elements or chosen dims, with Bessel's correction.
//
// Shapes: as every reduction (ops/reduce_shape.h). var = Σ(x - mean)² / max(0, N - correction),
// in double as PyTorch's CPU kernels compute it, then stored in the input's dtype. PyTorch
// has two algorithms, and their roundings differ:
//   one result:   mean in the input's dtype, then Σ(x - mean)² summed in order (two passes)
//   many results: Welford's running mean and m2 per result, one pass in order
// Backward: d var/dx = 2 (x - mean) / (N - correction);  d std/dx = d var/dx / (2 std),
// taken as 0 where std is 0.
#include <algorithm>
#include <cmath>
#include <vector>

#include "autograd/record.h"
#include "kernels/fused_multiply_add.h"
#include "kernels/reduce.h"
#include "ops/elementwise.h"
#include "ops/reduce_shape.h"

namespace gb {

namespace {

double finish(double sum_of_squares, double dof, bool take_sqrt) {
  const double v = sum_of_squares / dof;
  return take_sqrt ? std::sqrt(v) : v;
}

// One result: the mean first (as torch.mean rounds it), then the squares summed in order.
Tensor moment_of_all(const Tensor& t, double correction, const Shape& shape, bool take_sqrt) {
  const double m = item(mean(t));
  Tensor x = contiguous_copy(as_dtype(t, DType::Float64));
  double squares = 0;
  for (int64_t i = 0; i < x.numel(); ++i) squares += (x.data<double>()[i] - m) * (x.data<double>()[i] - m);
  const double dof = std::max(0.0, double(x.numel()) - correction);
  return as_dtype(full(shape, finish(squares, dof, take_sqrt), DType::Float64), t.dtype());
}

// Welford's update as PyTorch's reduction kernel makes it; that file is compiled with FMA
// contraction, so m2 + delta·(x - new mean) rounds once.
struct Welford {
  double mean = 0, m2 = 0;
  int64_t n = 0;
};
Welford welford_step(Welford a, double x) {
  const int64_t n = a.n + 1;
  const double delta = x - a.mean;
  const double mean = a.mean + delta / double(n);
  return {mean, fused_multiply_add(delta, x - mean, a.m2), n};
}

Tensor moment(const Tensor& t, const std::vector<int64_t>& dims, double correction, bool keepdim, bool take_sqrt) {
  if (!is_floating(t.dtype())) fail("std and var only support floating point and complex dtypes");
  uint64_t mask = dim_mask(dims, t.dim());
  const Shape kept = kept_shape(t.shape(), mask, true);
  const Shape out_shape = kept_shape(t.shape(), mask, keepdim);
  const double dof = std::max(0.0, double(reduced_count(t.shape(), mask)) - correction);
  if (numel(kept) == 1) return moment_of_all(t, correction, out_shape, take_sqrt);
  std::vector<Welford> acc(size_t(numel(kept)));
  Tensor x = as_dtype(t, DType::Float64);
  fold_kernel(acc.data(), reduced_strides(t.shape(), mask), x.data<double>(), x.shape(), x.strides(),
              [](Welford a, double v) { return welford_step(a, v); });
  Tensor v = empty(out_shape, DType::Float64);
  for (size_t i = 0; i < acc.size(); ++i) v.data<double>()[i] = finish(acc[i].m2, dof, take_sqrt);
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
