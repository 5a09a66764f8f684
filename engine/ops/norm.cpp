// The vector p-norm over all elements or chosen dims: (Σ |x|^p)^(1/p), with p = inf giving
// max |x|, p = -inf min |x| and p = 0 the count of non-zeros: torch.norm (NormBackward1) and
// torch.linalg.vector_norm (LinalgVectorNormBackward0), as PyTorch's.
//
// Shapes: as every reduction (ops/reduce_shape.h). Backward (g restored to x's rank):
//   p = 1: g·sgn(x)   p = 2: g·x/‖x‖   p = ±inf: g shared among the |x| equal to the norm
//   other p: g·x·|x|^(p-2) / ‖x‖^(p-1)      (0 where the norm is 0)
#include <cmath>
#include <type_traits>

#include "autograd/record.h"
#include "kernels/fused_multiply_add.h"
#include "kernels/reduce.h"
#include "ops/elementwise.h"
#include "ops/linalg/linalg.h"
#include "ops/reduce_shape.h"

namespace gb {

namespace {

Tensor num(double v) { return wrapped_scalar(v, DType::Float64); }

// Σ x² over a dense run of floats as PyTorch's vectorised kernel for a reduction over the
// innermost memory adds it: lane j of an AVX2 register (8 floats) takes elements j, j + 8,
// ... of the whole registers, a fused multiply-add each; then lane 0 takes the other lanes in
// order, and the leftover elements, each square rounded before it is added (the compiler
// usually leaves that loop unfused; where it vectorises it, the rounding can differ).
float lane_sum_of_squares(const float* x, int64_t n) {
  constexpr int64_t kLanes = 8;
  float lanes[kLanes] = {};
  int64_t d = 0;
  for (; d + kLanes <= n; d += kLanes)
    for (int64_t j = 0; j < kLanes; ++j) lanes[j] = fused_multiply_add(x[d + j], x[d + j], lanes[j]);
  float total = lanes[0];
  for (int64_t j = 1; j < kLanes; ++j) total = total + lanes[j];
  for (; d < n; ++d) total = total + float(x[d] * x[d]);
  return total;
}

// The 1- and 2-norms accumulated in the input's dtype, in the order PyTorch's norm kernel
// adds: the vectorised path for a float 2-norm whose results each reduce one dense run (see
// reduces_dense_runs), otherwise one running sum per result, in order, of |x| or (fused) x².
Tensor sum_norm(const Tensor& x, double p, uint64_t mask, bool keepdim) {
  Tensor out = zeros(kept_shape(x.shape(), mask, true), x.dtype());
  const int64_t run = reduced_count(x.shape(), mask);
  const bool dense_runs = reduces_dense_runs(x, mask);
  dispatch(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      T* o = out.data<T>();
      const Shape into = reduced_strides(x.shape(), mask);
      if constexpr (std::is_same_v<T, float>) {
        if (p == 2 && dense_runs) {
          for (int64_t r = 0; r < out.numel(); ++r) o[r] = std::sqrt(lane_sum_of_squares(x.data<T>() + r * run, run));
          return;
        }
      }
      if (p == 2) {
        fold_kernel(o, into, x.data<T>(), x.shape(), x.strides(), [](T acc, T v) { return fused_multiply_add(v, v, acc); });
        for (int64_t r = 0; r < out.numel(); ++r) o[r] = std::sqrt(o[r]);
      } else {
        fold_kernel(o, into, x.data<T>(), x.shape(), x.strides(), [](T acc, T v) { return acc + std::abs(v); });
      }
    }
  });
  return view(out, kept_shape(x.shape(), mask, keepdim));
}

Tensor norm_forward(const Tensor& x, double p, const std::vector<int64_t>& dims, bool keepdim) {
  if (p == 0) return sum(ne(x, num(0)), dims, keepdim, x.dtype());
  if (p == 1 || p == 2) return sum_norm(x, p, dim_mask(dims, x.dim()), keepdim);
  Tensor a = abs(x);
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

// The norm with its node: torch.norm's NormBackward1, linalg.vector_norm's LinalgVectorNormBackward0.
Tensor recorded_norm(const Tensor& t, double p, const std::vector<int64_t>& dims, bool keepdim, const char* node) {
  uint64_t mask = dim_mask(dims, t.dim());
  Tensor out = norm_forward(detach(t), p, dims, keepdim);
  if (needs_grad(t))
    record(node, out, {t}, {t, out}, [p, mask, keepdim](const BackwardContext& c) {
      const Tensor& x = c.saved(0);
      Tensor g = restore_dims(c.grad(), x.shape(), mask, keepdim);
      Tensor n = restore_dims(c.saved(1), x.shape(), mask, keepdim);
      return Grads{norm_backward(g, x, n, p, mask)};
    });
  return out;
}

}  // namespace

Tensor norm(const Tensor& t, double p, const std::vector<int64_t>& dims, bool keepdim) {
  if (!is_floating(t.dtype()))
    fail("norm(): input dtype should be either floating point or complex. Got ", scalar_type_name(t.dtype()),
         " instead.");
  return recorded_norm(t, p, dims, keepdim, "NormBackward1");
}

Tensor linalg_vector_norm(const Tensor& x, double ord, const std::vector<int64_t>& dims, bool keepdim) {
  if (!is_floating(x.dtype()))
    fail("linalg.vector_norm: Expected a floating point or complex tensor as input. Got ",
         scalar_type_name(x.dtype()));
  return recorded_norm(x, ord, dims, keepdim, "LinalgVectorNormBackward0");
}

}  // namespace gb
