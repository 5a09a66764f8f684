// Optimizer steps, fused: one pass over a parameter that applies PyTorch's single-tensor
// update (torch/optim/*.py, foreach=False) element by element with the same roundings. Each
// tensor op of the Python version becomes one rounded operation here; where PyTorch's CPU
// kernels fuse a multiply into an add (add with alpha, addcmul), so does this.
//
// Shapes: param, grad and every state tensor share one shape; state tensors are dense.
#include <cmath>

#include "autograd/grad_mode.h"
#include "autograd/record.h"
#include "kernels/fused_multiply_add.h"
#include "ops/ops.h"
#include "tensor/error.h"

namespace gb {

namespace {

template <class T>
T fma(T a, T b, T c) { return fused_multiply_add(a, b, c); }

// Elementwise update over dense copies of param and grad; param's new values are written
// back (in place, bumping its version as any in-place op does).
template <class Update>
void update_parameter(const Tensor& param, const Tensor& grad, Update update) {
  if (grad.shape() != param.shape()) fail("the gradient's shape does not match the parameter's");
  if (!is_floating(param.dtype())) fail("optimizers update floating-point parameters only");
  Tensor p = param.is_contiguous() ? param : contiguous_copy(param);
  Tensor g = grad.is_contiguous() && grad.dtype() == param.dtype() ? grad : contiguous_copy(to_dtype(grad, param.dtype()));
  dispatch(param.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) update(p.data<T>(), g.data<T>(), param.numel(), T{});
  });
  if (!p.is_same(param)) {
    GradModeGuard no_grad(false);
    copy_(param, p);
  }
  bump_version(param);
}

template <class T>
T* state(const Tensor& t) { return t.defined() ? t.data<T>() : nullptr; }

}  // namespace

// d = ±g (+ wd·p); b = d on the first step, else momentum·b + (1 - dampening)·d;
// d = d + momentum·b (nesterov) or b; p = p - lr·d.
Tensor sgd_step(const Tensor& param, const Tensor& grad, const Tensor& buffer, const SgdOptions& o) {
  const bool first = o.momentum != 0 && !buffer.defined();
  Tensor buf = first ? empty(param.shape(), param.dtype()) : buffer;
  update_parameter(param, grad, [&](auto* p, const auto* g, int64_t n, auto tag) {
    using T = decltype(tag);
    T* b = state<T>(buf);
    const T wd = T(o.weight_decay), m = T(o.momentum), keep = T(1 - o.dampening), step = T(-o.lr);
    for (int64_t i = 0; i < n; ++i) {
      T d = o.maximize ? T(-g[i]) : g[i];
      if (o.weight_decay != 0) d = fma(p[i], wd, d);
      if (o.momentum != 0) {
        b[i] = first ? d : fma(d, keep, T(b[i] * m));
        d = o.nesterov ? fma(b[i], m, d) : b[i];
      }
      p[i] = fma(d, step, p[i]);
    }
  });
  return buf;
}

// Adam: g = ±g (+ wd·p); m = β1·m + (1 - β1)·g; v = β2·v + (1 - β2)·g²;
// p = p - step_size·m / (√v / √(1 - β2^t) + ε) (amsgrad: √ of the running max of v).
// AdamW instead scales p by (1 - lr·wd) first and leaves g alone.
void adam_step(const Tensor& param, const Tensor& grad, const Tensor& exp_avg, const Tensor& exp_avg_sq,
               const Tensor& max_exp_avg_sq, const AdamOptions& o) {
  update_parameter(param, grad, [&](auto* p, const auto* g, int64_t n, auto tag) {
    using T = decltype(tag);
    T *m = state<T>(exp_avg), *v = state<T>(exp_avg_sq), *vmax = state<T>(max_exp_avg_sq);
    const T b1 = T(o.beta1), b2 = T(o.beta2), one_minus_b1 = T(1 - o.beta1), one_minus_b2 = T(1 - o.beta2);
    const T decay = T(o.decoupled ? 1 - o.lr * o.weight_decay : o.weight_decay);
    const T correction2 = T(o.bias_correction2_sqrt), eps = T(o.eps), step = T(-o.step_size);
    for (int64_t i = 0; i < n; ++i) {
      T d = o.maximize ? T(-g[i]) : g[i];
      if (o.decoupled) p[i] = p[i] * decay;
      else if (o.weight_decay != 0) d = fma(p[i], decay, d);
      m[i] = fma(d, one_minus_b1, T(m[i] * b1));
      v[i] = fma(T(one_minus_b2 * d), d, T(v[i] * b2));
      T second = v[i];
      if (vmax) second = vmax[i] = std::isnan(vmax[i]) || std::isnan(v[i]) ? T(NAN) : std::max(vmax[i], v[i]);
      const T denom = T(std::sqrt(second) / correction2) + eps;
      p[i] = p[i] + T(T(step * m[i]) / denom);
    }
  });
}

// g = ±g (+ wd·p); s = α·s + (1 - α)·g²; centered: a = α·a + (1 - α)·g, avg = √(s - a²),
// else avg = √s; avg += ε; with momentum: b = momentum·b + g/avg, p = p - lr·b;
// without: p = p - lr·g/avg.
void rmsprop_step(const Tensor& param, const Tensor& grad, const Tensor& square_avg, const Tensor& grad_avg,
                  const Tensor& momentum_buffer, const RmspropOptions& o) {
  update_parameter(param, grad, [&](auto* p, const auto* g, int64_t n, auto tag) {
    using T = decltype(tag);
    T *s = state<T>(square_avg), *a = state<T>(grad_avg), *b = state<T>(momentum_buffer);
    const T alpha = T(o.alpha), one_minus_alpha = T(1 - o.alpha), wd = T(o.weight_decay), eps = T(o.eps);
    const T momentum = T(o.momentum), step = T(-o.lr);
    for (int64_t i = 0; i < n; ++i) {
      T d = o.maximize ? T(-g[i]) : g[i];
      if (o.weight_decay != 0) d = fma(p[i], wd, d);
      s[i] = fma(T(one_minus_alpha * d), d, T(s[i] * alpha));
      T avg;
      if (a) {
        a[i] = fma(d, one_minus_alpha, T(a[i] * alpha));
        avg = std::sqrt(fma(T(-a[i]), a[i], s[i]));
      } else {
        avg = std::sqrt(s[i]);
      }
      avg = avg + eps;
      if (b) {
        b[i] = T(b[i] * momentum) + T(d / avg);
        p[i] = fma(b[i], step, p[i]);
      } else {
        p[i] = p[i] + T(T(step * d) / avg);
      }
    }
  });
}

// Module.zero_grad / Optimizer.zero_grad for one parameter: drop the gradient, or zero it in
// place after cutting it from any graph (detached if it has history, else no longer requiring
// grad), as PyTorch does.
void zero_grad(const Tensor& param, bool set_to_none) {
  Tensor& grad = param.impl()->grad;
  if (!grad.defined()) return;
  if (set_to_none) {
    grad = Tensor{};
    return;
  }
  if (grad.grad_fn()) grad = detach(grad);
  else grad.impl()->requires_grad = false;
  GradModeGuard untracked(false);
  fill_(grad, 0.0);
}

}  // namespace gb
