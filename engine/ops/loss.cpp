// Loss functions: mse_loss, nll_loss, binary_cross_entropy(_with_logits). Each computes the
// elementwise loss with PyTorch's operation order and roundings, reduces it (none, mean, sum)
// and records one backward node with PyTorch's formula and name.
//
// Shapes: input and target [..S] (the same), an optional weight broadcast to [..S]; the result
// is [..S] for Reduction::None, else []. nll_loss: input [N, C] or [C], target [N] or [].
#include <algorithm>
#include <cmath>
#include <type_traits>
#include <vector>

#include "autograd/grad_mode.h"
#include "autograd/record.h"
#include "kernels/vector_math.h"
#include "ops/dtype_checks.h"
#include "ops/elementwise.h"

namespace gb {

namespace {

// Runs f(i) -> T over the n elements of contiguous operands, writing a new tensor of `shape`.
template <class T, class F>
Tensor generate(const Shape& shape, DType dtype, F f) {
  Tensor out = empty(shape, dtype);
  T* o = out.data<T>();
  for (int64_t i = 0; i < out.numel(); ++i) o[i] = f(i);
  return out;
}

// A contiguous copy of `t` broadcast to `like`'s shape, in `dtype` (undefined stays undefined).
Tensor dense(const Tensor& t, const Tensor& like, DType dtype) {
  if (!t.defined()) return t;
  Tensor v = as_dtype(detach(t), dtype);
  return contiguous_copy(v.shape() == like.shape() ? v : expand(v, like.shape()));
}

template <class F>
decltype(auto) floating(DType t, F f) {
  return dispatch(t, [&](auto tag) -> Tensor {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) return f(T{});
    else fail("expected a floating point tensor");
  });
}

// f(X{}, Y{}) for the C++ floating types of two dtypes.
template <class F>
Tensor floating_pair(DType x, DType y, F f) {
  return floating(x, [&](auto x_tag) { return floating(y, [&](auto y_tag) { return f(x_tag, y_tag); }); });
}

// ---- mse_loss

// The gradient w.r.t. input: norm·(x - y)·g, with norm = 2/numel for the mean, else 2. The
// target's is this function of (y, x), as in PyTorch's derivatives.yaml. PyTorch's kernel runs a
// TensorIterator over (zeros_like(x), x, y, g) in its default configuration, which wants every
// operand of x's dtype.
Tensor mse_backward(const Tensor& g, const Tensor& x, const Tensor& y, Reduction r) {
  check_same_dtype(x, {y, g});
  const double norm = r == Reduction::Mean ? 2.0 / double(x.numel()) : 2.0;
  if (x.dtype() == DType::Float16) fail("\"mse_backward_cpu_out\" not implemented for 'Half'");  // PyTorch 1.13 has none
  Tensor scaled = binary_map(x, y, x.dtype(), x.dtype(), [norm](auto a, auto b) {
    using T = decltype(a);
    return T(T(norm) * T(a - b));
  });
  return binary_map(scaled, g, x.dtype(), x.dtype(), [](auto a, auto b) { return a * b; });
}

// ---- nll_loss

// Input [N, C, S...] (or [C]); sample k = (n, s) has class scores x[n, :, s] and target t[k].
struct NllShape {
  int64_t samples, classes, spatial;  // N·S, C, S
  Shape per_sample;                   // the unreduced result's shape
};

void check_nll_weight(const Tensor& weight, int64_t classes, bool spatial) {
  if (!weight.defined() || (weight.numel() == classes && (spatial || weight.dim() == 1))) return;
  if (spatial) fail("weight tensor should be defined either for all or no classes");
  fail("weight tensor should be defined either for all ", classes,
       " classes or no classes but got weight tensor of shape: ", shape_str(weight.shape()));
}

// PyTorch's kernel reads the weight as input's scalar type, then the target as int64.
void check_nll_dtypes(const Tensor& input, const Tensor& target, const Tensor& weight) {
  if (weight.defined() && weight.dtype() != input.dtype())
    fail("expected scalar type ", scalar_type_name(input.dtype()), " but found ", scalar_type_name(weight.dtype()));
  if (target.dtype() != DType::Int64) fail("expected scalar type Long but found ", scalar_type_name(target.dtype()));
}

NllShape check_nll(const Tensor& input, const Tensor& target, const Tensor& weight) {
  if (input.dim() < 1 || input.dim() > 2) fail("input tensor should be 1D or 2D");
  if (target.dim() > 1) fail("0D or 1D target tensor expected, multi-target not supported");
  const bool batched = !(input.dim() == 1 && target.dim() == 0);
  if (batched && input.size(0) != target.size(0))
    fail("size mismatch (got input: ", shape_str(input.shape()), ", target: ", shape_str(target.shape()), ")");
  const int64_t classes = input.size(-1);
  check_nll_weight(weight, classes, false);
  check_nll_dtypes(input, target, weight);
  return {batched ? target.numel() : 1, classes, 1, batched && input.dim() == 2 ? Shape{target.numel()} : Shape{}};
}

NllShape check_nll2d(const Tensor& input, const Tensor& target, const Tensor& weight) {
  if (target.dim() != 3)
    fail("only batches of spatial targets supported (3D tensors) but got targets of dimension: ", target.dim());
  if (input.dim() != 4)
    fail("only batches of spatial inputs supported (4D tensors), but got input of dimension: ", input.dim());
  check_nll_weight(weight, input.size(1), true);
  if (input.size(0) != target.size(0) || input.size(2) != target.size(1) || input.size(3) != target.size(2))
    fail("size mismatch (got input: ", shape_str(input.shape()), " , target: ", shape_str(target.shape()));
  check_nll_dtypes(input, target, weight);
  return {target.numel(), input.size(1), input.size(2) * input.size(3), target.shape()};
}

int64_t checked_class(int64_t t, int64_t classes) {
  if (t < 0 || t >= classes) fail_index("Target ", t, " is out of bounds.");
  return t;
}

// Σ of -x[i, t_i]·w over the batch as PyTorch adds it: a cascade of 8 partial sums, each level
// taking over the one below every 2^p elements (p = max(4, ⌈log2 N⌉ / 8)). Returns (Σ, Σw).
template <class T, class Term>
std::pair<T, T> cascade_sum(int64_t n, Term term) {
  constexpr int kLevels = 8;
  int64_t ceil_log2 = 0;
  while ((int64_t(1) << ceil_log2) < n) ++ceil_log2;
  const int64_t power = std::max<int64_t>(4, ceil_log2 / kLevels);
  const int64_t mask = (int64_t(1) << power) - 1;
  T loss[kLevels] = {}, weight[kLevels] = {};
  for (int64_t b = 0; b < n; ++b) {
    if (!term(b, loss[0], weight[0])) continue;
    for (int j = 0; j + 1 < kLevels; ++j) {
      if ((b & (mask << (j * power))) != 0) break;
      loss[j + 1] += loss[j];
      weight[j + 1] += weight[j];
      loss[j] = weight[j] = 0;
    }
  }
  T total = 0, total_weight = 0;
  for (int j = 0; j < kLevels; ++j) {
    total += loss[j];
    total_weight += weight[j];
  }
  return {total, total_weight};
}

// c10::BFloat16's arithmetic, which PyTorch's nll kernels compute in on bfloat16: every
// operation in float32, its result rounded to bfloat16 (so cascade_sum<BFloat16Steps> rounds
// each addition).
struct BFloat16Steps {
  float value = 0;
  BFloat16Steps() = default;
  BFloat16Steps(float v) : value(BFloat16::from(v).to_float()) {}
  BFloat16Steps& operator+=(BFloat16Steps o) { return *this = value + o.value; }
  BFloat16Steps& operator-=(BFloat16Steps o) { return *this = value - o.value; }
};

// ---- binary cross entropy

// t / n recorded as PyTorch's div by a number (DivBackward1), as composite losses divide.
Tensor divide_by_count(const Tensor& t, int64_t n) {
  const Tensor count = wrapped_scalar(double(n), DType::Int64);
  Tensor out;
  {
    GradModeGuard untracked(false);
    out = div(t, count);
  }
  if (needs_grad(t))
    record("DivBackward1", out, {t}, {}, [count](const BackwardContext& c) { return Grads{div(c.grad(), count)}; });
  return out;
}

// t summed down to `shape` where a gradient was broadcast (a scalar loss's g against gg).
Tensor reduce_to(const Tensor& t, const Shape& shape) { return t.shape() == shape ? t : sum_to(t, shape); }

Tensor number(double v) { return wrapped_scalar(v, DType::Float64); }

// mse_loss's gradient as an op of its own, so that a recording backward (create_graph)
// differentiates it again (MseLossBackwardBackward0). With gg the gradient of dx:
//   d/dg = the same op of gg (summed to g's shape),  d/dx = −d/dy = 2·gg·g (over numel for the mean).
Tensor recorded_mse_backward(const Tensor& g, const Tensor& x, const Tensor& y, Reduction r) {
  Tensor dx = mse_backward(g, x, y, r);
  if (needs_grad(g, x, y))
    record("MseLossBackwardBackward0", dx, {g, x, y}, {g, x, y}, [r](const BackwardContext& c) {
      const Tensor &gg = c.grad(), &g = c.saved(0), &x = c.saved(1), &y = c.saved(2);
      Tensor second;
      if (c.needs(1) || c.needs(2)) {
        second = mul_scalar(mul(gg, g), 2);
        if (r == Reduction::Mean) second = divide_by_count(second, x.numel());
      }
      return Grads{c.needs(0) ? reduce_to(recorded_mse_backward(gg, x, y, r), g.shape()) : Tensor{},
                   c.needs(1) ? second : Tensor{}, c.needs(2) ? neg(second) : Tensor{}};
    });
  return dx;
}

inline float vlog(float v) { return vecmath::log(v); }
inline double vlog(double v) { return std::log(v); }
inline float vexp(float v) { return vecmath::exp(v); }
inline double vexp(double v) { return std::exp(v); }

// log σ(x) as PyTorch's log_sigmoid kernel computes it: min(x, 0) - log1p(e^-|x|).
template <class T>
T log_sigmoid(T x) {
  return T(std::min(x, T(0)) - vecmath::log1p(vecmath::exp(T(-std::fabs(x)))));
}

}  // namespace

Tensor apply_reduction(const Tensor& loss, Reduction r) {
  if (r == Reduction::Mean) return mean(loss);
  if (r == Reduction::Sum) return sum(loss);
  return loss;
}

// ℓ = (x - y)². Backward: dx = norm·(x - y)·g, dy = -dx.
Tensor mse_loss(const Tensor& input, const Tensor& target, Reduction r) {
  if (input.shape() != target.shape()) fail("mse_loss: input and target must have the same shape");
  const DType t = result_type(input, target);
  if (t == DType::BFloat16 || !is_floating(t))  // PyTorch 1.13 has no bfloat16 kernel either
    fail("\"mse_cpu\" not implemented for '", scalar_type_name(t), "'");
  Tensor loss;
  if (t == DType::Float16) {  // PyTorch's scalar float16 arithmetic rounds the difference, then its square
    Tensor d = binary_map(input, target, t, t, [](auto a, auto b) { return a - b; });
    loss = binary_map(d, d, t, t, [](auto a, auto b) { return a * b; });
  } else {
    loss = binary_map(input, target, t, t, [](auto a, auto b) {
      const auto d = a - b;
      return decltype(d)(d * d);
    });
  }
  Tensor out = apply_reduction(loss, r);
  if (needs_grad(input, target))
    record("MseLossBackward0", out, {input, target}, {input, target}, [r](const BackwardContext& c) {
      const Tensor &g = c.grad(), &x = c.saved(0), &y = c.saved(1);
      return Grads{c.needs(0) ? recorded_mse_backward(g, x, y, r) : Tensor{},
                   c.needs(1) ? recorded_mse_backward(g, y, x, r) : Tensor{}};
    });
  return out;
}

namespace {

// Sample k's score for class c, as an offset into a contiguous [N, C, S...] input.
int64_t class_offset(const NllShape& s, int64_t k, int64_t c) { return (k / s.spatial * s.classes + c) * s.spatial + k % s.spatial; }

// nll's gradient on bfloat16, in PyTorch's bfloat16 steps: -(g / Σw), then its product with w.
Tensor bfloat16_nll_backward(const Tensor& grad, const Tensor& target, const Tensor& w, double total_weight,
                             const NllShape& s, Reduction r, int64_t ignore_index, const Shape& shape) {
  const auto bf16 = [](float v) { return BFloat16Steps(v).value; };
  const Tensor g = contiguous_copy(to_dtype(detach(grad), DType::Float32));
  const Tensor weights = w.defined() ? contiguous_copy(to_dtype(w, DType::Float32)) : w;
  Tensor dx = zeros(shape, DType::Float32);
  const int64_t* tp = target.data<int64_t>();
  const float* gp = g.data<float>();
  const float* wp = weights.defined() ? weights.data<float>() : nullptr;
  float* d = dx.data<float>();
  const bool per_sample = r == Reduction::None && !s.per_sample.empty();
  const float scalar = per_sample ? 0.0f : -(r == Reduction::Mean ? bf16(gp[0] / float(total_weight)) : gp[0]);
  for (int64_t k = 0; k < s.samples; ++k) {
    if (tp[k] == ignore_index) continue;
    const float grad_k = per_sample ? -gp[k] : scalar;
    d[class_offset(s, k, tp[k])] = wp ? bf16(wp[tp[k]] * grad_k) : grad_k;
  }
  return to_dtype(dx, DType::BFloat16);
}

// nll's gradient: dx[n, t_k, s] = -w[t_k]·g (mean: g / Σw), 0 elsewhere and where t_k is ignored.
Tensor nll_backward(const Tensor& grad, const Tensor& target, const Tensor& w, double total_weight,
                    const NllShape& s, Reduction r, int64_t ignore_index, const Shape& shape) {
  const Tensor t = contiguous_copy(target);
  if (grad.dtype() == DType::BFloat16) return bfloat16_nll_backward(grad, t, w, total_weight, s, r, ignore_index, shape);
  Tensor g = contiguous_copy(grad);
  Tensor dx = zeros(shape, g.dtype());
  floating(g.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const int64_t* tp = t.data<int64_t>();
    const T* gp = g.data<T>();
    const T* wp = w.defined() ? w.data<T>() : nullptr;
    T* d = dx.data<T>();
    const bool per_sample = r == Reduction::None && !s.per_sample.empty();
    const T scalar = per_sample ? T(0) : T(-(r == Reduction::Mean ? T(gp[0] / T(total_weight)) : gp[0]));
    for (int64_t k = 0; k < s.samples; ++k) {
      if (tp[k] == ignore_index) continue;
      const T grad_k = per_sample ? T(-gp[k]) : scalar;
      d[class_offset(s, k, tp[k])] = wp ? T(wp[tp[k]] * grad_k) : grad_k;
    }
    return dx;
  });
  return dx;
}

Tensor nll(const char* name, const NllShape& s, const Tensor& input, const Tensor& target, const Tensor& weight,
           Reduction r, int64_t ignore_index);

// The gradient as an op of its own (NllLossBackwardBackward0 for NllLossBackward0): linear in
// g, and it picks scores, so d/dg is nll of gg itself and d/dinput is zero.
Tensor recorded_nll_backward(const std::string& name, const Tensor& g, const Tensor& input, const Tensor& target,
                             const Tensor& w, double total_weight, const NllShape& s, Reduction r,
                             int64_t ignore_index) {
  Tensor dx = nll_backward(g, target, w, total_weight, s, r, ignore_index, input.shape());
  if (needs_grad(g, input))
    record(name.substr(0, name.size() - 1) + "Backward0", dx, {g, input}, {target},
           [name, s, w, r, ignore_index](const BackwardContext& c) {
             return Grads{c.needs(0) ? nll(name.c_str(), s, c.grad(), c.saved(0), w, r, ignore_index) : Tensor{},
                          c.needs(1) ? zeros_like(c.grad()) : Tensor{}};
           });
  return dx;
}

// ℓ_k = -w[t_k]·x[n, t_k, s] (0 where t_k == ignore_index); the mean divides Σℓ by Σw (or the
// number of counted samples). Backward: dx[n, t_k, s] = -w[t_k]·g (mean: g / Σw), 0 elsewhere.
// nll on bfloat16, in PyTorch's bfloat16 steps: each term -x·w rounded, the cascade's additions
// rounded, the mean's quotient rounded; Σw (or the count) is a bfloat16 too.
Tensor bfloat16_nll(const NllShape& s, const Tensor& x_in, const int64_t* t, const Tensor& w_in, Reduction r,
                    int64_t ignore_index, Tensor& total_weight) {
  const auto bf16 = [](float v) { return BFloat16Steps(v).value; };
  const Tensor x = to_dtype(detach(x_in), DType::Float32), w = w_in.defined() ? to_dtype(w_in, DType::Float32) : w_in;
  const float* xp = x.data<float>();
  const float* wp = w.defined() ? w.data<float>() : nullptr;
  const auto at = [&s](int64_t k, int64_t c) { return class_offset(s, k, c); };
  if (r == Reduction::None && !s.per_sample.empty()) {
    Tensor out = generate<float>(s.per_sample, DType::Float32, [&](int64_t k) {
      if (t[k] == ignore_index) return 0.0f;
      const int64_t c = checked_class(t[k], s.classes);
      return wp ? bf16(-xp[at(k, c)] * wp[c]) : -xp[at(k, c)];
    });
    return to_dtype(out, DType::BFloat16);
  }
  const auto [sum, weights] = cascade_sum<BFloat16Steps>(s.samples, [&](int64_t k, BFloat16Steps& loss, BFloat16Steps& wsum) {
    if (t[k] == ignore_index) return true;
    const int64_t c = checked_class(t[k], s.classes);
    loss -= wp ? bf16(xp[at(k, c)] * wp[c]) : xp[at(k, c)];
    wsum += wp ? wp[c] : 1.0f;
    return true;
  });
  int64_t ignored = 0;
  for (int64_t k = 0; k < s.samples; ++k) ignored += t[k] == ignore_index;
  const float tw = wp ? weights.value : bf16(float(s.samples - ignored));
  total_weight = full({}, double(tw), DType::BFloat16);
  return full({}, double(r == Reduction::Mean ? bf16(sum.value / tw) : sum.value), DType::BFloat16);
}

Tensor nll(const char* name, const NllShape& s, const Tensor& input, const Tensor& target, const Tensor& weight,
           Reduction r, int64_t ignore_index) {
  Tensor x = contiguous_copy(input), tg = contiguous_copy(target);
  Tensor w = weight.defined() ? contiguous_copy(detach(weight)) : weight;
  const int64_t* t = tg.data<int64_t>();
  auto at = [&s](int64_t k, int64_t c) { return class_offset(s, k, c); };
  Tensor total_weight;
  Tensor out = x.dtype() == DType::BFloat16 ? bfloat16_nll(s, x, t, w, r, ignore_index, total_weight)
                                            : floating(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* xp = x.data<T>();
    const T* wp = w.defined() ? w.data<T>() : nullptr;
    auto weight_of = [&](int64_t c) { return wp ? wp[c] : T(1); };
    if (r == Reduction::None && !s.per_sample.empty()) {
      return generate<T>(s.per_sample, x.dtype(), [&](int64_t k) {
        if (t[k] == ignore_index) return T(0);
        const int64_t c = checked_class(t[k], s.classes);
        return T(-xp[at(k, c)] * weight_of(c));
      });
    }
    const auto [sum, weights] = cascade_sum<T>(s.samples, [&](int64_t k, T& loss, T& wsum) {
      if (t[k] == ignore_index) return true;
      const int64_t c = checked_class(t[k], s.classes);
      loss -= wp ? T(xp[at(k, c)] * wp[c]) : xp[at(k, c)];
      wsum += weight_of(c);
      return true;
    });
    int64_t ignored = 0;
    for (int64_t k = 0; k < s.samples; ++k) ignored += t[k] == ignore_index;
    const T tw = wp ? weights : T(s.samples - ignored);
    total_weight = full({}, double(tw), x.dtype());
    return full({}, double(r == Reduction::Mean ? T(sum / tw) : sum), x.dtype());
  });
  if (needs_grad(input))
    record(name, out, {input}, {target, input},
           [name = std::string(name), s, w, r, ignore_index, tw = total_weight.defined() ? item(total_weight) : 0.0](const BackwardContext& c) {
             return Grads{recorded_nll_backward(name, c.grad(), c.saved(1), c.saved(0), w, tw, s, r, ignore_index)};
           });
  return out;
}

}  // namespace

Tensor nll_loss(const Tensor& input, const Tensor& target, const Tensor& weight, Reduction r, int64_t ignore_index) {
  return nll("NllLossBackward0", check_nll(input, target, weight), input, target, weight, r, ignore_index);
}

Tensor nll_loss2d(const Tensor& input, const Tensor& target, const Tensor& weight, Reduction r, int64_t ignore_index) {
  return nll("NllLoss2DBackward0", check_nll2d(input, target, weight), input, target, weight, r, ignore_index);
}

// Class probabilities as targets: ℓ = -Σ_c w_c·p_c·log softmax(x)_c, composed of tensor ops as
// PyTorch composes it (so the graph has its nodes); the mean divides by the number of samples.
Tensor cross_entropy_probabilities(const Tensor& input, const Tensor& target, const Tensor& weight, Reduction r) {
  const int64_t class_dim = input.dim() == 1 ? 0 : 1;
  Tensor products = mul(log_softmax(input, class_dim), target);
  if (weight.defined()) {
    Shape shape(size_t(input.dim()), 1);
    shape[size_t(class_dim)] = weight.numel();
    products = mul(products, view(weight, shape));
  }
  if (r == Reduction::None) return neg(sum(products, {class_dim}, false));
  Tensor total = neg(sum(products));
  // No classes: no samples either, and the mean is nan (0 / 0), as in PyTorch.
  const int64_t classes = input.size(class_dim);
  return r == Reduction::Sum ? total : divide_by_count(total, classes ? input.numel() / classes : 0);
}

namespace {

// The least denominator of binary_cross_entropy's gradient: PyTorch's is a float constant, also
// for double inputs.
constexpr float kBceEpsilon = 1e-12f;

// binary_cross_entropy's gradients by its kernels (the ones wanted; see the formulas below).
std::pair<Tensor, Tensor> bce_backward(const Tensor& grad, const Tensor& input, const Tensor& target, const Tensor& w,
                                       Reduction r, bool want_x, bool want_y) {
  const Tensor x = contiguous_copy(input), y = dense(target, x, x.dtype());
  Tensor g = dense(grad, x, x.dtype());
  const double n = double(x.numel());
  auto finish = [&](auto v, int64_t i) {
    using T = decltype(v);
    if (w.defined()) v = T(v * w.data<T>()[i]);
    return r == Reduction::Mean ? T(v / T(n)) : v;
  };
  Tensor dx, dy;
  floating(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T *xp = x.data<T>(), *yp = y.data<T>(), *gp = g.data<T>();
    if (want_x)
      dx = generate<T>(x.shape(), x.dtype(), [&](int64_t i) {
        const T denominator = std::max(T(T(1 - xp[i]) * xp[i]), T(kBceEpsilon));
        return finish(T(T(gp[i] * T(xp[i] - yp[i])) / denominator), i);
      });
    if (want_y)
      dy = generate<T>(x.shape(), x.dtype(), [&](int64_t i) {
        return finish(T(T(vlog(T(1 - xp[i])) - vlog(xp[i])) * gp[i]), i);
      });
    return dx;
  });
  return {dx, dy};
}

// dx as an op of its own (BinaryCrossEntropyBackwardBackward0). With d = max((1 - x)·x, 1e-12)
// and c = gg·g·w (over numel for the mean): d/dg = the same op of gg (summed to g's shape),
// d/dx = c·(x² - 2xy + y) / d², d/dy = -c / d.
Tensor recorded_bce_backward(const Tensor& g, const Tensor& x, const Tensor& y, const Tensor& w, Reduction r) {
  Tensor dx = bce_backward(g, x, y, w, r, true, false).first;
  if (needs_grad(g, x, y))
    record("BinaryCrossEntropyBackwardBackward0", dx, {g, x, y}, {g, x, y}, [w, r](const BackwardContext& c) {
      const Tensor &gg = c.grad(), &g = c.saved(0), &x = c.saved(1), &y = c.saved(2);
      Tensor scale = mul(gg, g);
      if (w.defined()) scale = mul(scale, w);
      if (r == Reduction::Mean) scale = divide_by_count(scale, x.numel());
      const Tensor d = maximum(mul(sub(number(1), x), x), full({}, 1e-12, x.dtype()));
      Tensor dx, dy;
      if (c.needs(1)) dx = div(mul(scale, add(sub(mul(x, x), mul_scalar(mul(x, y), 2)), y)), mul(d, d));
      if (c.needs(2)) dy = neg(div(scale, d));
      return Grads{c.needs(0) ? reduce_to(recorded_bce_backward(gg, x, y, w, r), g.shape()) : Tensor{}, dx, dy};
    });
  return dx;
}

// dy = (log(1 - x) - log x)·g, times w, over numel for the mean; composed of recorded ops in a recording
// backward, as PyTorch composes it.
Tensor bce_target_backward(const Tensor& g, const Tensor& x, const Tensor& y, const Tensor& w, Reduction r) {
  if (!needs_grad(g, x, y)) return bce_backward(g, x, y, w, r, false, true).second;
  Tensor dy = mul(sub(log(sub(number(1), x)), log(x)), g);
  if (w.defined()) dy = mul(dy, w);
  return r == Reduction::Mean ? divide_by_count(dy, y.numel()) : dy;
}

}  // namespace

// ℓ = (y - 1)·max(log(1 - x), -100) - y·max(log x, -100), times w.
// Backward: dx = g·(x - y) / max((1 - x)·x, 1e-12), times w, over numel for the mean;
// dy = (log(1 - x) - log x)·g (PyTorch's -logit(x), in its rounding), times w, over numel for the mean.
// PyTorch's kernel runs a TensorIterator over (empty_like(x), x, y) in its default
// configuration, which wants y of x's dtype, and has kernels for floating dtypes only.
Tensor binary_cross_entropy(const Tensor& input, const Tensor& target, const Tensor& weight, Reduction r) {
  check_same_dtype(input, {target});
  if (!is_floating(input.dtype()))
    fail("\"binary_cross_entropy\" not implemented for '", scalar_type_name(input.dtype()), "'");
  const Shape& shape = input.shape();
  Tensor x = contiguous_copy(input), y = dense(target, x, x.dtype()), w = dense(weight, x, x.dtype());
  Tensor loss = floating(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T *xp = x.data<T>(), *yp = y.data<T>();
    return generate<T>(shape, x.dtype(), [&](int64_t i) {
      const T xv = xp[i], yv = yp[i];
      if (!(xv >= 0 && xv <= 1)) fail("all elements of input should be between 0 and 1");
      const T log_x = std::max(T(std::log(xv)), T(-100)), log_1mx = std::max(T(std::log(T(1 - xv))), T(-100));
      const T l = T(T(yv - 1) * log_1mx) - T(yv * log_x);
      return w.defined() ? T(l * w.data<T>()[i]) : l;
    });
  });
  Tensor out = apply_reduction(loss, r);
  if (needs_grad(input, target))
    record("BinaryCrossEntropyBackward0", out, {input, target}, {input, target}, [r, w](const BackwardContext& c) {
      const Tensor &g = c.grad(), &x = c.saved(0), &y = c.saved(1);
      return Grads{c.needs(0) ? recorded_bce_backward(g, x, y, w, r) : Tensor{},
                   c.needs(1) ? bce_target_backward(g, x, y, w, r) : Tensor{}};
    });
  return out;
}

namespace {

// binary_cross_entropy_with_logits' gradients in a recording backward: composed of recorded ops
// as PyTorch 1.13 composes them (its formulas are not kernels of their own), in the kernels' order.
Grads bce_with_logits_recorded(const BackwardContext& c, const Tensor& w, const Tensor& p, Reduction r) {
  const Tensor &g = c.grad(), &x = c.saved(0), &y = c.saved(1);
  auto finish = [&](Tensor t) {
    if (w.defined()) t = mul(t, w);
    return r == Reduction::Mean ? divide_by_count(t, x.numel()) : t;
  };
  Tensor dx, dy;
  if (c.needs(0)) {
    const Tensor s = unary(Unary::Sigmoid, x);
    if (!p.defined()) dx = mul(sub(s, y), g);
    else {
      const Tensor py = mul(p, y);
      dx = mul(sub(mul(sub(add(py, number(1)), y), s), py), g);
    }
  }
  if (c.needs(1)) {
    if (!p.defined()) dy = mul(neg(x), g);
    else {
      const Tensor s = unary(Unary::Sigmoid, x);
      dy = mul(sub(log(sub(number(1), s)), mul(p, log(s))), g);
    }
  }
  // Each of its operand's dtype, as PyTorch's engine casts a gradient.
  return Grads{dx.defined() ? reduce_grad(finish(dx), Operand(x)) : dx,
               dy.defined() ? reduce_grad(finish(dy), Operand(y)) : dy};
}

}  // namespace

// With m = max(-x, 0): ℓ = (1 - y)·x + m + log(exp(-m) + exp(-x - m)); with pos_weight p the
// log term (plus m) is scaled by (p - 1)·y + 1. Times w.
// Backward: dx = (σ(x) - y)·g, with p: ((p·y + 1 - y)·σ(x) - p·y)·g; times w; over numel for
// the mean. dy = -x·g (with p: (log σ(-x) - p·log σ(x))·g).
// PyTorch 1.13 composes the loss of in-place ops on (1 - y), and the gradients of in-place ops on
// σ(x), p·y and -x: each step is computed in the common type of its operands and rounded to the
// dtype of the tensor it is written into (the loss has y's dtype, the log term x's). An integral
// operand fails the first of them that cannot hold a floating result: (1 - y).mul_(x), then
// exp_ of max(-x, 0). Weights are taken in y's dtype.
Tensor binary_cross_entropy_with_logits(const Tensor& input, const Tensor& target, const Tensor& weight,
                                        const Tensor& pos_weight, Reduction r) {
  check_can_cast(result_type(target, input), target.dtype());
  if (!is_floating(input.dtype())) check_can_cast(default_dtype(), input.dtype());
  const Shape& shape = input.shape();
  const DType dtype = target.dtype();
  Tensor x = contiguous_copy(input), y = dense(target, x, dtype), w = dense(weight, x, dtype),
         p = dense(pos_weight, x, dtype);
  Tensor loss = floating_pair(x.dtype(), dtype, [&](auto x_tag, auto y_tag) {
    using X = decltype(x_tag);
    using Y = decltype(y_tag);
    using C = std::common_type_t<X, Y>;
    const X* xp = x.data<X>();
    const Y* yp = y.data<Y>();
    return generate<Y>(shape, dtype, [&](int64_t i) {
      const X xv = xp[i];
      const Y yv = yp[i];
      const X m = std::max(X(-xv), X(0));
      const X log_term = vlog(X(vexp(X(-m)) + vexp(X(X(-xv) - m))));
      const Y linear = Y(C(Y(Y(1) - yv)) * C(xv));
      Y l;
      if (p.defined()) {
        const Y log_weight = Y(Y(Y(p.data<Y>()[i] - Y(1)) * yv) + Y(1));
        l = linear + Y(C(log_weight) * C(X(log_term + m)));
      } else {
        l = Y(C(Y(C(linear) + C(m))) + C(log_term));
      }
      return w.defined() ? Y(l * w.data<Y>()[i]) : l;
    });
  });
  Tensor out = apply_reduction(loss, r);
  if (needs_grad(input, target))
    record("BinaryCrossEntropyWithLogitsBackward0", out, {input, target}, {input, target},
           [r, w, p](const BackwardContext& c) {
      if (needs_grad(c.grad(), c.saved(0), c.saved(1))) return bce_with_logits_recorded(c, w, p, r);
      const DType dtype = c.saved(1).dtype();
      const Tensor x = contiguous_copy(c.saved(0)), y = dense(c.saved(1), x, dtype), g = dense(c.grad(), x, dtype);
      const double n = double(x.numel());
      Tensor dx, dy;
      floating_pair(x.dtype(), dtype, [&](auto x_tag, auto y_tag) {
        using X = decltype(x_tag);
        using Y = decltype(y_tag);
        using C = std::common_type_t<X, Y>;
        const X* xp = x.data<X>();
        const Y *yp = y.data<Y>(), *gp = g.data<Y>();
        std::vector<X> sig(size_t(x.numel()));
        vecmath::sigmoid(xp, sig.data(), x.numel());
        auto finish = [&](auto v, int64_t i) {
          using R = decltype(v);
          if (w.defined()) v = R(C(v) * C(w.data<Y>()[i]));
          return r == Reduction::Mean ? R(v / R(n)) : v;
        };
        if (c.needs(0) && !p.defined())
          dx = generate<X>(x.shape(), x.dtype(), [&](int64_t i) {
            return finish(X(C(X(C(sig[size_t(i)]) - C(yp[i]))) * C(gp[i])), i);
          });
        else if (c.needs(0))  // written into p·y, of y's dtype, then cast to x's
          dx = generate<X>(x.shape(), x.dtype(), [&](int64_t i) {
            const Y py = Y(p.data<Y>()[i] * yp[i]);
            const Y v = Y(Y(C(Y(Y(py + Y(1)) - yp[i])) * C(sig[size_t(i)])) - py);
            return X(finish(Y(v * gp[i]), i));
          });
        if (c.needs(1))  // written into a tensor of x's dtype, then cast to y's
          dy = generate<Y>(x.shape(), dtype, [&](int64_t i) {
            if (!p.defined()) return Y(finish(X(C(-xp[i]) * C(gp[i])), i));
            const X v = X(log_sigmoid(X(-xp[i])) - X(C(log_sigmoid(xp[i])) * C(p.data<Y>()[i])));
            return Y(finish(X(C(v) * C(gp[i])), i));
          });
        return dx;
      });
      return Grads{dx, dy};
    });
  return out;
}

}  // namespace gb
