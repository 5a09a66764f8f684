// Robust regression losses: smooth_l1_loss and huber_loss, quadratic near zero and linear
// beyond beta (delta). Shapes: input and target [..S] (the same); the result is [..S] for
// Reduction::None, else [].
//
// Computed in the tensor's dtype, in PyTorch's operation order. The backward kernel, though,
// rounds differently in whole blocks of two SIMD vectors (16 floats, 8 doubles) of the dense
// run than in the scalar tail, as PyTorch's does.
#include <cmath>

#include "autograd/record.h"
#include "ops/dtype_checks.h"
#include "ops/elementwise.h"

namespace gb {

namespace {

// f(a, b, in_vector_block) over dense copies of input and target.
template <class F>
Tensor pointwise_loss(const char* kernel, const Tensor& input, const Tensor& target, F f) {
  if (input.shape() != target.shape()) fail("input and target must have the same shape");
  const DType t = result_type(input, target);
  if (!is_floating(t)) fail("\"", kernel, "\" not implemented for '", scalar_type_name(t), "'");
  Tensor a = contiguous_copy(as_dtype(input, t)), b = contiguous_copy(as_dtype(target, t));
  Tensor out = empty(input.shape(), t);
  dispatch(t, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      const int64_t n = out.numel(), block = 2 * 32 / int64_t(sizeof(T)), vectorised = n - n % block;
      const T *x = a.data<T>(), *y = b.data<T>();
      T* o = out.data<T>();
      for (int64_t i = 0; i < n; ++i) o[i] = f(x[i], y[i], i < vectorised);
    }
  });
  return out;
}

// The gradient w.r.t. input from d = input - target and g, with s = 1/numel for the mean: -s·g
// below -beta, s·g above beta, s·d·g/beta between (Huber: the ends scaled by delta, the middle
// s·d·g; beta 0 takes d = 0 as below, as PyTorch's kernel does). PyTorch's vectorised kernel
// scales a ±1 (or d/beta) by s then g; its scalar tail multiplies left to right.
// The target's gradient is this function of (target, input), as in PyTorch's derivatives.yaml.
// smooth_l1's kernel computes in the promoted dtype of its three operands; huber's TensorIterator
// has the default configuration, which wants them all of input's dtype.
Tensor robust_backward(const Tensor& g, const Tensor& input, const Tensor& target, double beta, bool huber,
                       Reduction r) {
  if (huber) check_same_dtype(input, {target, g});
  const double norm = r == Reduction::Mean ? 1.0 / double(input.numel()) : 1.0;
  const Tensor d = sub(input, target);
  return pointwise_loss("", d, expand(g, d.shape()), [norm, beta, huber](auto x, auto gv, bool vectorised) {
    using T = decltype(x);
    const T s = T(norm), limit = T(beta);
    if (vectorised) {
      const T sign = x > T(0) ? T(1) : T(-1);
      const T slope = std::fabs(x) >= limit ? (huber ? T(sign * limit) : sign) : huber ? x : T(x / limit);
      return T(T(s * slope) * gv);
    }
    if (x <= -limit) return huber ? T(T(-s * gv) * limit) : T(-s * gv);
    if (x >= limit) return huber ? T(T(s * gv) * limit) : T(s * gv);
    return huber ? T(T(s * x) * gv) : T(T(T(s * x) * gv) / limit);
  });
}

// The gradient as an op of its own (SmoothL1LossBackwardBackward0 for SmoothL1LossBackward0, `name`),
// so that a recording backward differentiates it again. With gg the gradient of dx and
// c = gg·g (over numel for the mean): d/dg = the same op of gg (summed to g's shape);
// d/dx = −d/dy = c where |x − y| < beta (smooth_l1 divides by beta; beta 0 gives zero), else 0.
Tensor recorded_robust_backward(const std::string& name, const Tensor& g, const Tensor& input, const Tensor& target,
                                double beta, bool huber, Reduction r) {
  Tensor dx;
  {
    GradModeGuard untracked(false);
    dx = as_dtype(robust_backward(g, input, target, beta, huber, r), input.dtype());  // PyTorch's zeros_like(input)
  }
  if (needs_grad(g, input, target))
    record(name.substr(0, name.size() - 1) + "Backward0", dx, {g, input, target}, {g, input, target},
           [name, beta, huber, r](const BackwardContext& c) {
             const Tensor &gg = c.grad(), &g = c.saved(0), &x = c.saved(1), &y = c.saved(2);
             Tensor second;
             if (c.needs(1) || c.needs(2)) {
               const Tensor limit = wrapped_scalar(beta, DType::Float64);
               second = !huber && beta <= 0 ? zeros_like(gg) : mul(mul(gg, g), lt(abs(sub(x, y)), limit));
               if (!huber && beta > 0) second = div(second, limit);
               if (r == Reduction::Mean) second = div(second, wrapped_scalar(double(x.numel()), DType::Int64));
             }
             Tensor dg;
             if (c.needs(0)) {
               dg = recorded_robust_backward(name, gg, x, y, beta, huber, r);
               if (dg.shape() != g.shape()) dg = sum_to(dg, g.shape());
             }
             return Grads{dg, c.needs(1) ? second : Tensor{}, c.needs(2) ? neg(second) : Tensor{}};
           });
  return dx;
}

// huber writes its loss into a tensor of input's dtype (PyTorch's empty_like(input)), which the
// promoted dtype must fit; smooth_l1's loss has the promoted dtype.
Tensor robust_loss(const char* name, const char* kernel, const Tensor& input, const Tensor& target, Reduction r, double beta, bool huber) {
  if (huber) check_can_cast(result_type(input, target), input.dtype());
  Tensor loss = pointwise_loss(kernel, input, target, [beta, huber](auto a, auto b, bool) {
    using T = decltype(a);
    const T z = std::fabs(a - b), limit = T(beta), half = T(0.5);
    if (huber) return z < limit ? T(T(half * z) * z) : T(limit * T(z - T(half * limit)));
    return z < limit ? T(T(T(half * z) * z) / limit) : T(z - T(half * limit));
  });
  Tensor out = apply_reduction(huber ? as_dtype(loss, input.dtype()) : loss, r);
  if (needs_grad(input, target))
    record(name, out, {input, target}, {input, target}, [name = std::string(name), r, beta, huber](const BackwardContext& c) {
      const Tensor &g = c.grad(), &x = c.saved(0), &y = c.saved(1);
      return Grads{c.needs(0) ? recorded_robust_backward(name, g, x, y, beta, huber, r) : Tensor{},
                   c.needs(1) ? recorded_robust_backward(name, g, y, x, beta, huber, r) : Tensor{}};
    });
  return out;
}

}  // namespace

Tensor smooth_l1_loss(const Tensor& input, const Tensor& target, Reduction r, double beta) {
  if (beta < 0) fail("smooth_l1_loss does not support negative values for beta.");
  return robust_loss("SmoothL1LossBackward0", "smooth_l1_cpu", input, target, r, beta, false);
}

Tensor huber_loss(const Tensor& input, const Tensor& target, Reduction r, double delta) {
  if (delta <= 0) fail("huber_loss does not support non-positive values for delta.");
  return robust_loss("HuberLossBackward0", "huber_cpu", input, target, r, delta, true);
}

}  // namespace gb
