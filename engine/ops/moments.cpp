// var and std over all elements or chosen dims, with Bessel's correction, and var_mean and
// std_mean, which give the mean too.
//
// Shapes: as every reduction (ops/reduce_shape.h). var = Σ(x - mean)² / max(0, N - correction),
// in double as PyTorch's CPU kernels compute it, then stored in the input's dtype. PyTorch
// has two algorithms, and their roundings differ:
//   var/std with one result: mean in the input's dtype, then Σ(x - mean)² summed in order
//   otherwise (and always for var_mean/std_mean): Welford's running mean and m2 per result,
//   one pass in order; the mean output is Welford's, not torch.mean's.
// Backward: d var/dx = 2 (x - mean) / (N - correction);  d std/dx = d var/dx / (2 std),
// taken as 0 where std is 0; d mean/dx = 1/N. var_mean and std_mean have one node for both
// outputs (VarMeanBackward0, StdMeanBackward0) whose formula adds the two parts.
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

void check_floating(const Tensor& t, const char* name) {
  if (!is_floating(t.dtype())) fail(name, " only support floating point and complex dtypes");
}

// Welford's accumulators, one per result (the kept dims of `mask`).
std::vector<Welford> welford_moments(const Tensor& t, uint64_t mask) {
  std::vector<Welford> acc(size_t(numel(kept_shape(t.shape(), mask, true))));
  Tensor x = as_dtype(t, DType::Float64);
  fold_kernel(acc.data(), reduced_strides(t.shape(), mask), x.data<double>(), x.shape(), x.strides(),
              [](Welford a, double v) { return welford_step(a, v); });
  return acc;
}

double degrees_of_freedom(const Tensor& t, uint64_t mask, double correction) {
  return std::max(0.0, double(reduced_count(t.shape(), mask)) - correction);
}

Tensor moment(const Tensor& t, const std::vector<int64_t>& dims, double correction, bool keepdim, bool take_sqrt) {
  check_floating(t, "std and var");
  uint64_t mask = dim_mask(dims, t.dim());
  const Shape out_shape = kept_shape(t.shape(), mask, keepdim);
  if (numel(kept_shape(t.shape(), mask, true)) == 1) return moment_of_all(t, correction, out_shape, take_sqrt);
  std::vector<Welford> acc = welford_moments(t, mask);
  const double dof = degrees_of_freedom(t, mask, correction);
  Tensor v = empty(out_shape, DType::Float64);
  for (size_t i = 0; i < acc.size(); ++i) v.data<double>()[i] = finish(acc[i].m2, dof, take_sqrt);
  return as_dtype(v, t.dtype());
}

// var (or std) and the mean, both from Welford's accumulators; an empty input gives nan for both.
std::pair<Tensor, Tensor> moment_and_mean(const Tensor& t, const std::vector<int64_t>& dims, double correction,
                                          bool keepdim, bool take_sqrt) {
  uint64_t mask = dim_mask(dims, t.dim());
  const Shape out_shape = kept_shape(t.shape(), mask, keepdim);
  Tensor v = empty(out_shape, DType::Float64), m = empty(out_shape, DType::Float64);
  if (t.numel() == 0) {
    std::fill_n(v.data<double>(), v.numel(), std::nan(""));
    std::fill_n(m.data<double>(), m.numel(), std::nan(""));
  } else {
    std::vector<Welford> acc = welford_moments(t, mask);
    const double dof = degrees_of_freedom(t, mask, correction);
    for (size_t i = 0; i < acc.size(); ++i) {
      v.data<double>()[i] = finish(acc[i].m2, dof, take_sqrt);
      m.data<double>()[i] = acc[i].mean;
    }
  }
  return {as_dtype(v, t.dtype()), as_dtype(m, t.dtype())};
}

Tensor var_backward(const Tensor& g, const Tensor& x, const std::vector<int64_t>& dims, uint64_t mask, double correction,
                    bool keepdim) {
  double dof = double(reduced_count(x.shape(), mask)) - correction;
  Tensor centred = sub(x, mean(x, dims, true));
  Tensor scale = wrapped_scalar(2.0 / dof, DType::Float64);
  return mul(mul(scale, restore_dims(g, x.shape(), mask, keepdim)), centred);
}

// The gradient of std through var's: g / (2 std), 0 where std is 0.
Tensor std_backward(const Tensor& g, const Tensor& x, const Tensor& s, const std::vector<int64_t>& dims,
                    double correction, bool keepdim) {
  Tensor zero = wrapped_scalar(0, DType::Int64);
  Tensor through_var = where(eq(s, zero), zero, div(g, mul(s, wrapped_scalar(2, DType::Int64))));
  return var_backward(through_var, x, dims, dim_mask(dims, x.dim()), correction, keepdim);
}

// d mean/dx: the gradient spread over the reduced elements, divided by their count.
Tensor mean_backward(const Tensor& g, const Shape& shape, uint64_t mask, bool keepdim) {
  return div(expand_back(g, shape, mask, keepdim), wrapped_scalar(double(reduced_count(shape, mask)), DType::Int64));
}

std::pair<Tensor, Tensor> moment_and_mean_recorded(const char* op, const char* node, const Tensor& t,
                                                   const std::vector<int64_t>& dims, double correction, bool keepdim,
                                                   bool take_sqrt) {
  check_floating(t, op);
  auto [spread, centre] = moment_and_mean(detach(t), dims, correction, keepdim, take_sqrt);
  if (needs_grad(t))
    record_multi(node, {spread, centre}, {t}, {t, spread},
                 [dims, correction, keepdim, take_sqrt](const BackwardContext& c) {
                   const Tensor& x = c.saved(0);
                   Tensor g;
                   if (c.grad(0).defined())
                     g = take_sqrt ? std_backward(c.grad(0), x, c.saved(1), dims, correction, keepdim)
                                   : var_backward(c.grad(0), x, dims, dim_mask(dims, x.dim()), correction, keepdim);
                   if (c.grad(1).defined()) {
                     Tensor m = mean_backward(c.grad(1), x.shape(), dim_mask(dims, x.dim()), keepdim);
                     g = g.defined() ? add(g, m) : m;
                   }
                   return Grads{g};
                 });
  return {spread, centre};
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
      return Grads{std_backward(c.grad(), c.saved(0), c.saved(1), dims, correction, keepdim)};
    });
  return out;
}

std::pair<Tensor, Tensor> var_mean(const Tensor& t, const std::vector<int64_t>& dims, double correction, bool keepdim) {
  return moment_and_mean_recorded("var_mean", "VarMeanBackward0", t, dims, correction, keepdim, false);
}

std::pair<Tensor, Tensor> std_mean(const Tensor& t, const std::vector<int64_t>& dims, double correction, bool keepdim) {
  return moment_and_mean_recorded("std_mean", "StdMeanBackward0", t, dims, correction, keepdim, true);
}

}  // namespace gb
