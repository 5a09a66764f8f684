// softmax, log_softmax and leaky_relu: forward kernels and backward formulas side by side.
//
// Shapes: x: [..O, D, ..I] with the softmax dim D; y has x's shape. Rows along D are
// normalised; PyTorch computes them two ways, and so do we, to round alike: along the last
// dim each row is reduced over SIMD lanes (kernels/lane_reduce.h); along another dim, runs of
// 8 neighbouring columns are processed together with vectorised exp and the remaining
// columns one at a time with the C library's exp.
#include <algorithm>
#include <cmath>
#include <functional>

#include "autograd/record.h"
#include "kernels/lane_reduce.h"
#include "kernels/vector_math.h"
#include "ops/elementwise.h"

namespace gb {

namespace {

// exp and log as PyTorch's vectorised float kernels round them (doubles use the C library).
inline float vexp(float x) { return vecmath::exp(x); }
inline double vexp(double x) { return std::exp(x); }
inline float vlog(float x) { return vecmath::log(x); }
inline double vlog(double x) { return std::log(x); }

// Vectorised max propagates nan; the scalar std::max keeps the running value.
template <class T>
T vmax(T a, T b) { return std::isnan(a) || std::isnan(b) ? NAN : std::max(a, b); }

constexpr int64_t kColumnBlock = 8;

// [outer, D, inner] view of a contiguous tensor around `dim`. PyTorch takes its row kernel
// only for the last dim proper: a softmax over dim 0 of a [7, 1] tensor runs column-wise.
struct Rows {
  int64_t outer = 1, size = 1, inner = 1;
  bool last_dim;
  Rows(const Shape& shape, int64_t dim) : last_dim(!shape.empty() && dim == int64_t(shape.size()) - 1) {
    for (int64_t d = 0; d < int64_t(shape.size()); ++d) {
      if (d < dim) outer *= shape[size_t(d)];
      else if (d == dim) size = shape[size_t(d)];
      else inner *= shape[size_t(d)];
    }
  }
};

// Along the last dim. softmax: y = e / Σe with e = exp(x - max), Σ over lanes, then y = e·(1/Σe).
// log_softmax: y = (x - max) - log Σe.
template <class T, bool Log>
void softmax_last(const T* x, T* y, int64_t rows, int64_t n) {
  for (int64_t r = 0; r < rows; ++r, x += n, y += n) {
    T max = x[0];
    for (int64_t i = 1; i < n; ++i) max = vmax(max, x[i]);
    if constexpr (Log) {
      const T log_sum = vlog(lane_reduce<T>(
          n, [&](int64_t i) { return vexp(T(x[i] - max)); },
          [&](T acc, int64_t i) { return acc + vexp(T(x[i] - max)); }));
      for (int64_t i = 0; i < n; ++i) y[i] = (x[i] - max) - log_sum;
    } else {
      for (int64_t i = 0; i < n; ++i) y[i] = vexp(T(x[i] - max));
      const T inverse = T(1) / lane_sum(y, n);
      for (int64_t i = 0; i < n; ++i) y[i] = y[i] * inverse;
    }
  }
}

// One column (stride `inner`) of a softmax along a non-last dim; `exp_fn` is the vectorised
// or the scalar exp, depending on where the column falls; softmax stores `keep(e)` for each
// exp before dividing (bfloat16's scalar columns round it), and sums e itself.
template <class T, bool Log, class Exp, class Keep = std::identity>
void softmax_column(const T* x, T* y, int64_t n, int64_t stride, bool vectorised, Exp exp_fn, Keep keep = {}) {
  T max = x[0];
  for (int64_t d = 1; d < n; ++d) max = vectorised ? vmax(max, x[d * stride]) : std::max(max, x[d * stride]);
  T sum = 0;
  for (int64_t d = 0; d < n; ++d) {
    const T e = exp_fn(T(x[d * stride] - max));
    if constexpr (!Log) y[d * stride] = keep(e);
    sum = sum + e;
  }
  if constexpr (Log) {
    const T log_sum = vlog(sum);
    for (int64_t d = 0; d < n; ++d) y[d * stride] = (x[d * stride] - max) - log_sum;
  } else {
    for (int64_t d = 0; d < n; ++d) y[d * stride] = y[d * stride] / sum;
  }
}

template <class T, bool Log>
void softmax_inner(const T* x, T* y, const Rows& r) {
  const int64_t vector_columns = r.inner - r.inner % kColumnBlock;
  for (int64_t o = 0; o < r.outer; ++o) {
    const int64_t base = o * r.size * r.inner;
    for (int64_t c = 0; c < r.inner; ++c) {
      const bool vectorised = c < vector_columns;
      const auto exp_fn = [vectorised](T v) { return vectorised ? vexp(v) : T(std::exp(v)); };
      softmax_column<T, Log>(x + base + c, y + base + c, r.size, r.inner, vectorised, exp_fn);
    }
  }
}

// bfloat16 along the last dim, as PyTorch's kernel: the rows widened to float32. softmax
// rounds only its results; log_softmax also rounds Σe and its log to bfloat16 on the way.
template <bool Log>
Tensor bfloat16_softmax_last(const Tensor& input, int64_t rows, int64_t n) {
  Tensor x = contiguous_copy(to_dtype(detach(input), DType::Float32));
  Tensor y = empty(input.shape(), DType::Float32);
  const float* xp = x.data<float>();
  float* yp = y.data<float>();
  if constexpr (!Log) softmax_last<float, false>(xp, yp, rows, n);
  const auto rounded = [](float v) { return BFloat16::from(v).to_float(); };
  for (int64_t row = 0; Log && row < rows; ++row, xp += n, yp += n) {
    float max = xp[0];
    for (int64_t i = 1; i < n; ++i) max = vmax(max, xp[i]);
    const float sum = lane_reduce<float>(
        n, [&](int64_t i) { return vexp(xp[i] - max); }, [&](float acc, int64_t i) { return acc + vexp(xp[i] - max); });
    const float log_sum = rounded(vlog(rounded(sum)));
    for (int64_t i = 0; i < n; ++i) yp[i] = (xp[i] - max) - log_sum;
  }
  return to_dtype(y, DType::BFloat16);
}

// bfloat16 along another dim, as PyTorch's kernel: widened to float32, the columns in runs of
// 16 (one vector of bfloat16) with vectorised exp and the rest one at a time with the C
// library's; in those, softmax rounds each exp to bfloat16 before dividing by the (unrounded)
// sum. Only the results are rounded otherwise.
template <bool Log>
Tensor bfloat16_softmax_inner(const Tensor& input, const Rows& r) {
  constexpr int64_t kBFloat16Block = 16;
  Tensor x = contiguous_copy(to_dtype(detach(input), DType::Float32));
  Tensor y = empty(input.shape(), DType::Float32);
  const float* xp = x.data<float>();
  float* yp = y.data<float>();
  const int64_t vector_columns = r.inner - r.inner % kBFloat16Block;
  const auto rounded = [](float v) { return BFloat16::from(v).to_float(); };
  for (int64_t o = 0; o < r.outer; ++o) {
    const int64_t base = o * r.size * r.inner;
    for (int64_t c = 0; c < r.inner; ++c) {
      const float* column = xp + base + c;
      float* out = yp + base + c;
      if (c < vector_columns) softmax_column<float, Log>(column, out, r.size, r.inner, true, [](float v) { return vexp(v); });
      else softmax_column<float, Log>(column, out, r.size, r.inner, false, [](float v) { return std::exp(v); }, rounded);
    }
  }
  return to_dtype(y, DType::BFloat16);
}

template <bool Log>
Tensor softmax_forward(const Tensor& input, int64_t dim) {
  const Rows r(input.shape(), dim);
  if (!is_floating(input.dtype()) || input.dtype() == DType::Float16)
    fail("\"", r.last_dim ? (Log ? "log_softmax_lastdim" : "softmax_lastdim") : "softmax",
         "_kernel_impl\" not implemented for '", scalar_type_name(input.dtype()), "'");
  if (input.dtype() == DType::BFloat16 && input.numel() > 0)
    return r.last_dim ? bfloat16_softmax_last<Log>(input, r.outer, r.size) : bfloat16_softmax_inner<Log>(input, r);
  Tensor x = contiguous_copy(input);
  Tensor y = empty(input.shape(), input.dtype());
  if (y.numel() == 0) return y;
  dispatch(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      if (r.last_dim) softmax_last<T, Log>(x.data<T>(), y.data<T>(), r.outer, r.size);
      else softmax_inner<T, Log>(x.data<T>(), y.data<T>(), r);
    }
  });
  return y;
}

// bfloat16, as PyTorch's kernels: g and y widened to float32, each result rounded once. Along
// the last dim Σ is taken over 16 lanes (kernels/lane_reduce.h) and rounded to bfloat16 before
// use, and every exp is the vectorised one; along another dim Σ runs in float32 in order and is
// not rounded, exp vectorised for the columns in runs of 16. Products are not fused.
template <bool Log>
Tensor bfloat16_softmax_backward(const Tensor& grad, const Tensor& output, const Rows& r) {
  Tensor g = contiguous_copy(to_dtype(detach(grad), DType::Float32));
  Tensor y = contiguous_copy(to_dtype(detach(output), DType::Float32));
  Tensor dx = empty(y.shape(), DType::Float32);
  const float* gp = g.data<float>();
  const float* yp = y.data<float>();
  float* out = dx.data<float>();
  const auto rounded = [](float v) { return BFloat16::from(v).to_float(); };
  const auto result = [](float gv, float yv, float sum, float e) { return Log ? gv - e * sum : (gv - sum) * yv; };
  if (r.last_dim) {
    for (int64_t row = 0; row < r.outer; ++row) {
      const int64_t n = r.size, at = row * n;
      const float sum = rounded(bfloat16_lane_reduce(n, [&](int64_t i) { return Log ? gp[at + i] : gp[at + i] * yp[at + i]; }));
      for (int64_t i = at; i < at + n; ++i) out[i] = result(gp[i], yp[i], sum, Log ? vexp(yp[i]) : 0.0f);
    }
    return to_dtype(dx, DType::BFloat16);
  }
  const int64_t vector_columns = r.inner - r.inner % 16;
  for (int64_t o = 0; o < r.outer; ++o) {
    for (int64_t c = 0; c < r.inner; ++c) {
      const int64_t at = o * r.size * r.inner + c, s = r.inner;
      float sum = 0;
      for (int64_t d = 0; d < r.size; ++d) sum = sum + (Log ? gp[at + d * s] : gp[at + d * s] * yp[at + d * s]);
      for (int64_t i = at; i < at + r.size * s; i += s) {
        const float e = !Log ? 0.0f : c < vector_columns ? vexp(yp[i]) : std::exp(yp[i]);
        out[i] = result(gp[i], yp[i], sum, e);
      }
    }
  }
  return to_dtype(dx, DType::BFloat16);
}

// softmax backward: dx = y·(dy - Σ dy·y); the Σ fuses each product into its running sum.
// log_softmax backward: dx = dy - exp(y)·Σ dy, the product fused into the subtraction.
template <bool Log>
Tensor softmax_backward(const Tensor& grad_in, const Tensor& output_in, int64_t dim) {
  if (output_in.dtype() == DType::BFloat16 && output_in.numel() > 0)
    return bfloat16_softmax_backward<Log>(grad_in, output_in, Rows(output_in.shape(), dim));
  Tensor g = contiguous_copy(grad_in), y = contiguous_copy(output_in);
  Tensor dx = empty(y.shape(), y.dtype());
  if (dx.numel() == 0) return dx;
  const Rows r(y.shape(), dim);
  dispatch(y.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      const T* gp = g.data<T>();
      const T* yp = y.data<T>();
      T* out = dx.data<T>();
      if (r.last_dim) {
        for (int64_t row = 0; row < r.outer; ++row) {
          const int64_t n = r.size, at = row * n;
          if constexpr (Log) {
            const T sum = lane_sum(gp + at, n);
            for (int64_t i = 0; i < n; ++i) out[at + i] = fused_multiply_add(-vexp(yp[at + i]), sum, gp[at + i]);
          } else {
            const T sum = lane_dot(gp + at, yp + at, n);
            for (int64_t i = 0; i < n; ++i) out[at + i] = (gp[at + i] - sum) * yp[at + i];
          }
        }
        return;
      }
      const int64_t vector_columns = r.inner - r.inner % kColumnBlock;
      for (int64_t o = 0; o < r.outer; ++o) {
        for (int64_t c = 0; c < r.inner; ++c) {
          const int64_t at = o * r.size * r.inner + c, s = r.inner;
          T sum = 0;
          for (int64_t d = 0; d < r.size; ++d)
            sum = Log ? sum + gp[at + d * s] : fused_multiply_add(gp[at + d * s], yp[at + d * s], sum);
          for (int64_t d = 0; d < r.size; ++d) {
            const int64_t i = at + d * s;
            if constexpr (Log) {
              const T e = c < vector_columns ? vexp(yp[i]) : T(std::exp(yp[i]));
              out[i] = fused_multiply_add(-e, sum, gp[i]);
            } else {
              out[i] = yp[i] * (gp[i] - sum);
            }
          }
        }
      }
    }
  });
  return dx;
}

// The backward formula as an op of its own, so that a backward pass that records
// (create_graph) can differentiate it again. With g the incoming gradient, y the output and
// gg the gradient of dx:
//   softmax:     dx = y·(g − Σ g·y);  d/dg = y·(gg − Σ gg·y),  d/dy = gg·(g − Σ g·y) − g·Σ gg·y
//   log_softmax: dx = g − e^y·Σ g;    d/dg = gg − Σ gg·e^y,    d/dy = −gg·e^y·Σ g
template <bool Log>
Tensor recorded_softmax_backward(const Tensor& g, const Tensor& y, int64_t dim) {
  Tensor dx = softmax_backward<Log>(g, y, dim);
  if (needs_grad(g, y))
    record(Log ? "LogSoftmaxBackwardDataBackward0" : "SoftmaxBackwardDataBackward0", dx, {g, y}, {g, y},
           [dim](const BackwardContext& c) {
             const Tensor &gg = c.grad(), &g = c.saved(0), &y = c.saved(1);
             auto total = [dim](const Tensor& t) { return sum(t, {dim}, true); };
             if constexpr (Log) {
               Tensor e = exp(y);
               return Grads{c.needs(0) ? sub(gg, total(mul(gg, e))) : Tensor{},
                            c.needs(1) ? mul(neg(mul(gg, e)), total(g)) : Tensor{}};
             } else {
               return Grads{c.needs(0) ? mul(y, sub(gg, total(mul(gg, y)))) : Tensor{},
                            c.needs(1) ? sub(mul(gg, sub(g, total(mul(g, y)))), mul(g, total(mul(gg, y)))) : Tensor{}};
             }
           });
  return dx;
}

template <bool Log>
Tensor softmax_op(const Tensor& x, int64_t dim) {
  dim = wrap_dim(dim, std::max<int64_t>(x.dim(), 1));
  Tensor y = softmax_forward<Log>(x, dim);
  if (needs_grad(x))
    record(Log ? "LogSoftmaxBackward0" : "SoftmaxBackward0", y, {x}, {y}, [dim](const BackwardContext& c) {
      return Grads{recorded_softmax_backward<Log>(c.grad(), c.saved(0), dim)};
    });
  return y;
}

}  // namespace

Tensor softmax(const Tensor& x, int64_t dim) { return softmax_op<false>(x, dim); }
Tensor log_softmax(const Tensor& x, int64_t dim) { return softmax_op<true>(x, dim); }

namespace {

// dx = g where x > 0, else slope·g: linear in g, so its own gradient is the same map of gg
// (and none for x).
Tensor leaky_relu_backward(const Tensor& g, const Tensor& x, double negative_slope) {
  Tensor dx = binary_map(g, x, g.dtype(), g.dtype(), [negative_slope](auto gv, auto v) {
    using T = decltype(gv);
    return v > T(0) ? gv : T(gv * T(negative_slope));
  });
  if (needs_grad(g))
    record("LeakyReluBackwardBackward0", dx, {g}, {x}, [negative_slope](const BackwardContext& c) {
      return Grads{leaky_relu_backward(c.grad(), c.saved(0), negative_slope)};
    });
  return dx;
}

}  // namespace

// y = x for x > 0, else slope·x; dy/dx = 1 or slope (slope at 0). Saved: x.
Tensor leaky_relu(const Tensor& x, double negative_slope) {
  if (!is_floating(x.dtype()) || x.dtype() == DType::Float16)  // PyTorch 1.13 has no float16 kernel either
    fail("\"leaky_relu_cpu\" not implemented for '", scalar_type_name(x.dtype()), "'");
  Tensor y = unary_map(x, x.dtype(), x.dtype(), [negative_slope](auto v) {
    using T = decltype(v);
    return v > T(0) ? v : T(v * T(negative_slope));
  });
  if (needs_grad(x))
    record("LeakyReluBackward0", y, {x}, {x}, [negative_slope](const BackwardContext& c) {
      return Grads{leaky_relu_backward(c.grad(), c.saved(0), negative_slope)};
    });
  return y;
}

}  // namespace gb
