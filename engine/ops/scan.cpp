// cumsum, cumprod, logcumsumexp, cummax, cummin: running folds along one dim.
//
// Shapes: t: [..S] → [..S]. As PyTorch's CPU kernels, cumsum and cumprod accumulate floats in
// double and store each partial result rounded; integers and bools accumulate in int64. bfloat16
// accumulates in float32 (PyTorch's CPU accumulation type for it); float16 has no kernel there.
// Backward: each input element feeds every later output in its slice, so cumsum's gradient is
// the reversed running sum of the incoming gradient (flip, cumsum, flip, as PyTorch writes it);
// the others' are below.
#include <cmath>
#include <limits>

#include "autograd/record.h"
#include "ops/elementwise.h"
#include "ops/reduce_shape.h"

namespace gb {

namespace {

// out[i] = x[0] ∘ ... ∘ x[i] within each slice along dim,
// starting from `init`; floats accumulate in double, bfloat16 in float32.
template <class Op>
Tensor running_fold(const Tensor& x, int64_t dim, double init, Op op) {
  Tensor in = contiguous_copy(x), out = empty(x.shape(), x.dtype());  // one layout: same slice offsets
  const int64_t n = x.dim() ? x.shape()[size_t(dim)] : 1;
  const int64_t step = x.dim() ? in.strides()[size_t(dim)] : 1;
  dispatch_stored(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    using Acc = std::conditional_t<is_reduced_float_v<T>, float, std::conditional_t<std::is_floating_point_v<T>, double, T>>;
    const T* a = in.data<T>();
    T* o = out.data<T>();
    for_each_slice(in.shape(), in.strides(), dim, [&](int64_t, int64_t start) {
      Acc acc = Acc(init);
      for (int64_t k = 0; k < n; ++k) {
        int64_t i = start + k * step;
        acc = Acc(op(acc, convert<Acc>(a[i])));
        o[i] = convert<T>(acc);
      }
    });
  });
  return out;
}

Tensor running_sum(const Tensor& x, int64_t dim) {
  return running_fold(x, dim, 0, [](auto acc, auto v) { return acc + v; });
}

Tensor is_zero(const Tensor& x) { return eq(x, wrapped_scalar(0, DType::Int64)); }

// Σ over j ≥ i of x[j], as engine ops (recorded under create_graph): PyTorch's reversed_cumsum.
Tensor reversed_cumsum(const Tensor& x, int64_t dim) { return flip(cumsum(flip(x, {dim}), dim), {dim}); }

// With zeros while the backward records (create_graph), PyTorch's O(n²) form instead, whose own
// derivative is cumprod's second (the masked form below divides by the zeros): for each k, the
// sum over j ≥ k of g[j] times the product of x[0..j] without x[k].
Tensor cumprod_backward_recorded(const Tensor& g, const Tensor& x, int64_t dim) {
  const int64_t n = x.shape()[size_t(dim)];
  Shape one_shape = x.shape();
  one_shape[size_t(dim)] = 1;
  Tensor one = expand(ones({1}, g.dtype()), one_shape);
  std::vector<Tensor> parts;
  for (int64_t k = 0; k < n; ++k) {
    Tensor omitted;  // the products for j = k..n-1
    if (k == 0) {
      omitted = cat({one, cumprod(slice(x, dim, 1, n, 1), dim)}, dim);
    } else if (k == n - 1) {
      omitted = prod(slice(x, dim, 0, k, 1), dim, true);
    } else {
      Tensor until_k = prod(slice(x, dim, 0, k, 1), dim, true);
      Tensor after_k = cumprod(slice(x, dim, k + 1, n, 1), dim);
      omitted = cat({until_k, mul(expand(until_k, after_k.shape()), after_k)}, dim);
    }
    parts.push_back(sum(mul(slice(g, dim, k, n, 1), omitted), {dim}, false));
  }
  return stack(parts, dim);
}

// d out[k] / d x[i] = Π x[j] over j ≤ k, j ≠ i. Without zeros that is out[k] / x[i], so
// dx[i] = Σ_{k≥i} g[k]·out[k] / x[i]. With zeros (as PyTorch): before the first zero the same;
// at the first zero, the product of the elements before it times Σ over k up to the second
// zero of g[k]·Π of the elements after it up to k; after it, 0.
Tensor cumprod_backward(const Tensor& g, const Tensor& x, const Tensor& out, int64_t dim) {
  Tensor w = mul(out, g);
  Tensor zero = is_zero(x);
  if (!value_as<bool>(any(zero))) return div(reversed_cumsum(w, dim), x);
  if (grad_enabled()) return cumprod_backward_recorded(g, x, dim);
  Tensor zeros_so_far = cumsum(zero, dim);
  Tensor before = eq(zeros_so_far, wrapped_scalar(0, DType::Int64));
  Tensor one_so_far = eq(zeros_so_far, wrapped_scalar(1, DType::Int64));
  Tensor first_zero = logical_and(one_so_far, zero);
  Tensor after_first = logical_and(one_so_far, logical_not(zero));
  Tensor zero_value = wrapped_scalar(0, DType::Int64), one = wrapped_scalar(1, DType::Int64);
  Tensor before_grad = div(reversed_cumsum(masked_fill(w, logical_not(before), zero_value, false), dim), x);
  Tensor run = cumprod(masked_fill(x, logical_not(after_first), one, false), dim);
  Tensor reach = sum(mul(run, masked_fill(g, logical_not(one_so_far), zero_value, false)), {dim}, true);
  Tensor prefix = cumprod(masked_fill(x, logical_not(before), one, false), dim);
  return where(before, before_grad, where(first_zero, mul(reach, prefix), zero_value));
}

// log(exp(a) + exp(b)) as PyTorch's kernel computes it, infinities of one sign kept exact.
template <class T>
T log_add_exp(T x, T acc) {
  T lo = acc != acc ? acc : std::min(x, acc), hi = acc != acc ? acc : std::max(x, acc);
  if (lo != hi || std::isfinite(lo)) return T(std::log1p(std::exp(T(lo - hi))) + hi);
  return x;
}

Tensor logcumsumexp_forward(const Tensor& x, int64_t dim) {
  Tensor in = contiguous_copy(x), out = empty(x.shape(), x.dtype());
  const int64_t n = x.dim() ? x.shape()[size_t(dim)] : 1;
  const int64_t step = x.dim() ? in.strides()[size_t(dim)] : 1;
  dispatch(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>)
      for_each_slice(in.shape(), in.strides(), dim, [&](int64_t, int64_t start) {
        T acc = -std::numeric_limits<T>::infinity();
        for (int64_t k = 0; k < n; ++k) out.data<T>()[start + k * step] = acc = log_add_exp(in.data<T>()[start + k * step], acc);
      });
  });
  return out;
}

// The running extreme and where it was last reached (ties and nans: the latest wins).
std::pair<Tensor, Tensor> running_extreme(const Tensor& x, int64_t dim, bool is_max) {
  Tensor in = contiguous_copy(x), values = empty(x.shape(), x.dtype()), indices = empty(x.shape(), DType::Int64);
  const int64_t n = x.dim() ? x.shape()[size_t(dim)] : 1;
  const int64_t step = x.dim() ? in.strides()[size_t(dim)] : 1;
  if (x.numel() == 0) return {values, indices};
  dispatch(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* a = in.data<T>();
    for_each_slice(in.shape(), in.strides(), dim, [&](int64_t, int64_t start) {
      T best = a[start];
      int64_t at = 0;
      for (int64_t k = 0; k < n; ++k) {
        const T v = a[start + k * step];
        if (v != v || (best == best && (is_max ? v >= best : v <= best))) best = v, at = k;
        values.data<T>()[start + k * step] = best;
        indices.data<int64_t>()[start + k * step] = at;
      }
    });
  });
  return {values, indices};
}

std::pair<Tensor, Tensor> cum_extreme(const Tensor& t, int64_t dim, bool is_max) {
  int64_t d = wrap_dim(dim, t.dim());
  auto result = running_extreme(t, d, is_max);
  if (needs_grad(t))
    record(is_max ? "CummaxBackward0" : "CumminBackward0", result.first, {t}, {result.second},
           [shape = t.shape(), d](const BackwardContext& c) {
             if (shape.empty()) return Grads{c.grad()};
             return Grads{scatter_add(zeros(shape, c.grad().dtype()), d, c.saved(0), c.grad())};
           });
  return result;
}

}  // namespace

Tensor cumprod(const Tensor& t, int64_t dim, std::optional<DType> dtype) {
  int64_t d = wrap_dim(dim, t.dim());
  DType out_type = dtype ? *dtype : is_floating(t.dtype()) ? t.dtype() : DType::Int64;
  if (out_type == DType::Float16) fail("\"cumprod_out_cpu\" not implemented for 'Half'");
  Tensor out = running_fold(as_dtype(t, out_type), d, 1, [](auto acc, auto v) { return acc * v; });
  if (needs_grad(t))
    record("CumprodBackward0", out, {t}, {t, out}, [d, in = Operand(t)](const BackwardContext& c) {
      const Tensor& x = c.saved(0);
      if (x.numel() <= 1 || x.shape()[size_t(d)] == 1) return Grads{reduce_grad(c.grad(), in)};
      return Grads{reduce_grad(cumprod_backward(c.grad(), as_dtype(x, c.grad().dtype()), c.saved(1), d), in)};
    });
  return out;
}

// Backward (PyTorch's, after TensorFlow's): the positive and negative parts of g pass through
// a reversed logcumsumexp in log space, so no exp overflows.
Tensor logcumsumexp(const Tensor& t, int64_t dim) {
  int64_t d = wrap_dim(dim, t.dim());
  if (!is_floating(t.dtype())) fail("\"logcumsumexp_out_cpu\" not implemented for '", scalar_type_name(t.dtype()), "'");
  Tensor out = logcumsumexp_forward(t, d);
  if (needs_grad(t))
    record("LogcumsumexpBackward0", out, {t}, {t, out}, [d](const BackwardContext& c) {
      const Tensor &g = c.grad(), &x = c.saved(0), &result = c.saved(1);
      if (g.dim() == 0 || g.numel() == 0) return Grads{g};
      Tensor lowest = wrapped_scalar(-std::numeric_limits<double>::max(), DType::Float64);
      if (g.dtype() == DType::Float32) lowest = wrapped_scalar(-std::numeric_limits<float>::max(), DType::Float64);
      Tensor zero = wrapped_scalar(0, DType::Int64);
      auto reverse_lcse = [d](const Tensor& v) { return flip(logcumsumexp(flip(v, {d}), d), {d}); };
      Tensor log_pos = where(gt(g, zero), log(g), lowest), log_neg = where(lt(g, zero), log(neg(g)), lowest);
      Tensor pos = exp(add(reverse_lcse(sub(log_pos, result)), x));
      Tensor negative = exp(add(reverse_lcse(sub(log_neg, result)), x));
      return Grads{sub(pos, negative)};
    });
  return out;
}

std::pair<Tensor, Tensor> cummax(const Tensor& t, int64_t dim) { return cum_extreme(t, dim, true); }
std::pair<Tensor, Tensor> cummin(const Tensor& t, int64_t dim) { return cum_extreme(t, dim, false); }

Tensor cumsum(const Tensor& t, int64_t dim, std::optional<DType> dtype) {
  int64_t d = wrap_dim(dim, t.dim());
  DType out_type = dtype ? *dtype : is_floating(t.dtype()) ? t.dtype() : DType::Int64;
  if (out_type == DType::Float16) fail("\"cumsum_out_cpu\" not implemented for 'Half'");
  Tensor out = running_sum(as_dtype(t, out_type), d);
  if (needs_grad(t))
    record("CumsumBackward0", out, {t}, {}, [d, in = Operand(t)](const BackwardContext& c) {
      const Tensor& g = c.grad();
      if (g.numel() <= 1 || g.shape()[size_t(d)] == 1) return Grads{reduce_grad(g, in)};
      return Grads{reduce_grad(reversed_cumsum(g, d), in)};
    });
  return out;
}

}  // namespace gb
