// Normalisation layers: batch_norm, layer_norm and group_norm. Each normalises groups of
// elements to zero mean and unit variance, y = (x − mean)·rstd with rstd = 1/√(var + eps), then
// scales and shifts each channel (batch/group norm) or element (layer norm) by weight and bias.
// They differ only in which elements form a group, so they share one description of it
// (Grouping) and one backward formula.
//
// The forward passes compute in PyTorch 1.13's CPU order (AVX2), for the same bits:
//   - batch_norm sums each channel in double, one element after another (a [N, C] input, whose
//     channels are columns, sums each column in its own type, float squares fused), rounds the
//     mean to the input's type, then sums the squared deviations the same way; the running statistics blend in
//     the unbiased variance with momentum rounded to the input's type. Each output is one
//     fused x·alpha + beta with alpha = weight·rstd and beta = bias − mean·alpha (fused too);
//   - layer_norm and group_norm take each group's moments by Welford's method per SIMD lane
//     (kernels/rowwise_moments.h); layer_norm gives (x·rstd − rstd·mean)·weight + bias and
//     group_norm x·(rstd·weight) + (bias − rstd·weight·mean), each step a fused multiply-add.
// The backward formula is written with engine ops: dx = rstd·(g − mean(g) − x̂·mean(g·x̂)) over
// each group, g being the incoming gradient times the weight, so a create_graph backward records
// it (then the statistics are recomputed from x with recorded ops, as they depend on it). A pass
// that is not recorded takes batch norm's and layer norm's own PyTorch kernels, for their bits.
#include <algorithm>
#include <cmath>
#include <type_traits>

#include "autograd/record.h"
#include "kernels/fused_multiply_add.h"
#include "kernels/lane_reduce.h"
#include "kernels/rowwise_moments.h"
#include "ops/floating_dispatch.h"
#include "ops/normalization.h"
#include "ops/ops.h"
#include "tensor/error.h"

namespace gb {

namespace {

// Which elements are normalised together: `stats_view` is x reshaped so that the dims
// `stats_dims` hold one group each (the statistics, kept as size-1 dims, broadcast back);
// `affine_view` is x reshaped so that weight and bias, reshaped to `affine_shape`, broadcast
// over it, and `affine_dims` are the dims their gradients are summed over; `parameter` is
// weight's and bias's own shape.
struct Grouping {
  Shape stats_view;
  std::vector<int64_t> stats_dims;
  Shape affine_view, affine_shape;
  std::vector<int64_t> affine_dims;
  Shape parameter;
};

int64_t product(const Shape& shape, size_t from, size_t to) {
  int64_t p = 1;
  for (size_t i = from; i < to; ++i) p *= shape[i];
  return p;
}

// Batch norm's channels: [N, C, rest] with statistics per C, over N and rest.
Grouping per_channel(const Shape& shape) {
  const int64_t n = shape[0], c = shape[1], rest = product(shape, 2, shape.size());
  return {{n, c, rest}, {0, 2}, {n, c, rest}, {1, c, 1}, {0, 2}, {c}};
}

Tensor scalar_like(double value, const Tensor& t) { return wrapped_scalar(value, t.dtype()); }

// (x − mean)·rstd in the stats view, with the statistics recomputed from x by recorded ops.
std::pair<Tensor, Tensor> recorded_statistics(const Tensor& x, const Grouping& s, double eps) {
  const Tensor mu = mean(x, s.stats_dims, true);
  const Tensor centred = sub(x, mu);
  const Tensor var = mean(mul(centred, centred), s.stats_dims, true);
  return {mu, rsqrt(add(var, scalar_like(eps, var)))};
}

// Gradients of y = ((x − mean)·rstd)·weight + bias. mean and rstd are the forward's statistics
// in the stats view's broadcast shape; `fixed`: they are constants (batch norm's running
// statistics in eval mode), else they are statistics of x itself.
Grads normalization_backward(const BackwardContext& c, const Grouping& s, double eps, bool fixed) {
  const Tensor& g = c.grad();
  const Tensor x = reshape(c.saved(0), s.stats_view);
  const Tensor& weight = c.saved(1);
  Tensor mu = c.saved(2), rstd = c.saved(3);
  if (grad_enabled() && !fixed) std::tie(mu, rstd) = recorded_statistics(x, s, eps);
  const Tensor x_hat = mul(sub(x, mu), rstd);
  Tensor dx, dweight, dbias;
  if (c.needs(0)) {
    Tensor gw = weight.defined() ? mul(reshape(g, s.affine_view), reshape(weight, s.affine_shape)) : g;
    gw = reshape(gw, s.stats_view);
    if (fixed) {
      dx = mul(gw, rstd);
    } else {
      const Tensor centred = sub(gw, mean(gw, s.stats_dims, true));
      dx = mul(rstd, sub(centred, mul(x_hat, mean(mul(gw, x_hat), s.stats_dims, true))));
    }
    dx = reshape(dx, g.shape());
  }
  if (c.needs(1)) {
    const Tensor product = mul(reshape(g, s.affine_view), reshape(x_hat, s.affine_view));
    dweight = reshape(sum(product, s.affine_dims, false), s.parameter);
  }
  if (c.needs(2)) dbias = reshape(sum(reshape(g, s.affine_view), s.affine_dims, false), s.parameter);
  return Grads{dx, dweight, dbias};
}

void check_floating(const Tensor& input, const char* kernel) {
  if (!is_floating(input.dtype()))
    fail("\"", kernel, "\" not implemented for '", scalar_type_name(input.dtype()), "'");
}

void check_parameter(const Tensor& t, const Tensor& input, const char* name, int64_t size) {
  if (!t.defined()) return;
  if (t.numel() != size) fail(name, " should contain ", size, " elements not ", t.numel());
  if (t.dtype() != input.dtype())
    fail("Expected all tensors to have the same dtype, but got ", name, " ", scalar_type_name(t.dtype()),
         " and input ", scalar_type_name(input.dtype()));
}

template <class T>
const T* data_or_null(const Tensor& t) {
  return t.defined() ? t.data<T>() : nullptr;
}

// Mean and the sum of squared deviations of each channel of x [N, C, rest] (contiguous).
template <class T>
void channel_moments(const T* x, int64_t n, int64_t channels, int64_t rest, T* mean, T* deviations) {
  const int64_t count = n * rest;
  for (int64_t c = 0; c < channels; ++c) {
    if (rest == 1) {
      // Channels are columns: PyTorch adds whole rows as vectors, in the input's type.
      T total = 0;
      for (int64_t i = 0; i < n; ++i) total += x[i * channels + c];
      mean[c] = T(double(total) / double(count));
      T squares = 0;
      for (int64_t i = 0; i < n; ++i) {
        const T d = x[i * channels + c] - mean[c];
        // Fused in PyTorch's float kernel only.
        if constexpr (std::is_same_v<T, float>)
          squares = fused_multiply_add(d, d, squares);
        else
          squares += d * d;
      }
      deviations[c] = squares;
      continue;
    }
    double total = 0;
    for (int64_t i = 0; i < n; ++i)
      for (int64_t k = 0; k < rest; ++k) total += x[(i * channels + c) * rest + k];
    mean[c] = T(total / double(count));
    double squares = 0;
    for (int64_t i = 0; i < n; ++i)
      for (int64_t k = 0; k < rest; ++k) {
        const T d = x[(i * channels + c) * rest + k] - mean[c];
        squares += d * d;  // for floats, the float product added in double
      }
    deviations[c] = T(squares);
  }
}

// Batch norm's gradients as PyTorch's CPU kernel rounds them, for a backward pass that is not
// recorded: per channel Σg and Σ(x − mean)·g (per [N, C] column in the input's type, fused; per
// plane of rest elements across SIMD lanes, fused, those added in double), then
// dx = ((g − Σg/n) − (x − mean)·k)·rstd·w with k = Σ(x − mean)·g·rstd²/n, the first step fused.
// In eval mode rstd comes from the running variance in double and dx = g·rstd·w.
template <class T>
void batch_norm_gradients(const Tensor& x, const Tensor& g, const Tensor& weight, const T* mean, const T* rstd_or_var,
                          bool training, double eps, Tensor& dx, Tensor& dweight, Tensor& dbias) {
  const int64_t n = x.size(0), channels = x.size(1), rest = x.numel() / std::max<int64_t>(1, n * channels);
  const int64_t count = n * rest;
  const T* in = x.data<T>();
  const T* dy = g.data<T>();
  const T* w = data_or_null<T>(weight);
  for (int64_t c = 0; c < channels; ++c) {
    const T m = mean[c];
    const T rstd = training ? rstd_or_var[c] : T(1 / std::sqrt(double(rstd_or_var[c]) + eps));
    double sum = 0, dot = 0;
    T sum_t = 0, dot_t = 0;
    if (rest == 1) {
      for (int64_t i = 0; i < n; ++i) {
        const int64_t at = i * channels + c;
        sum_t = sum_t + dy[at];
        dot_t = fused_multiply_add(in[at] - m, dy[at], dot_t);
      }
      sum = double(sum_t);
      dot = double(dot_t);
    } else {
      for (int64_t i = 0; i < n; ++i) {
        const T* xp = in + (i * channels + c) * rest;
        const T* gp = dy + (i * channels + c) * rest;
        sum += double(lane_sum(gp, rest));
        dot += double(lane_reduce<T>(
            rest, [&](int64_t j) { return (xp[j] - m) * gp[j]; },
            [&](T acc, int64_t j) { return fused_multiply_add(xp[j] - m, gp[j], acc); }));
      }
      sum_t = T(sum);
      dot_t = T(dot);
    }
    const T scale = w ? w[c] : T(1);
    if (dx.defined()) {
      T* out = dx.data<T>();
      const T k = dot_t * rstd * rstd / T(count);
      const T grad_mean = rest == 1 ? sum_t / T(count) : T(sum / double(count));
      for (int64_t i = 0; i < n; ++i)
        for (int64_t j = 0; j < rest; ++j) {
          const int64_t at = (i * channels + c) * rest + j;
          out[at] = training ? fused_multiply_add(-(in[at] - m), k, dy[at] - grad_mean) * rstd * scale
                             : dy[at] * rstd * scale;
        }
    }
    if (dweight.defined()) dweight.data<T>()[c] = rest == 1 ? dot_t * rstd : T(dot * double(rstd));
    if (dbias.defined()) dbias.data<T>()[c] = sum_t;
  }
}

// Layer norm's gradients as PyTorch's CPU kernel rounds them, for a backward pass that is not
// recorded: per row ds = Σg·x·w and db = Σg·w across SIMD lanes (fused), then
// dx = a·g·w + b·x + c with b = (db·mean − ds)·a³/n and c = −b·mean − db·a/n (a = rstd), with
// the multiply-adds GCC fuses there; dweight and dbias sum the rows in order, fused.
template <class T>
void layer_norm_gradients(const T* x, const T* g, const T* w, const T* mean, const T* rstd, int64_t rows,
                          int64_t width, T* dx, T* dweight, T* dbias) {
  const T scale = T(1) / T(width);
  if (dweight) std::fill(dweight, dweight + width, T(0));
  if (dbias) std::fill(dbias, dbias + width, T(0));
  for (int64_t r = 0; r < rows; ++r) {
    const T* xp = x + r * width;
    const T* gp = g + r * width;
    const T a = rstd[r];
    const T shift = -a * mean[r];
    for (int64_t j = 0; j < width; ++j) {
      if (dweight) dweight[j] = fused_multiply_add(gp[j], fused_multiply_add(a, xp[j], shift), dweight[j]);
      if (dbias) dbias[j] = dbias[j] + gp[j];
    }
    if (!dx) continue;
    const T ds = w ? lane_reduce<T>(
                         width, [&](int64_t j) { return gp[j] * xp[j] * w[j]; },
                         [&](T acc, int64_t j) { return fused_multiply_add(gp[j] * xp[j], w[j], acc); })
                   : lane_dot(gp, xp, width);
    const T db = w ? lane_dot(gp, w, width) : lane_sum(gp, width);
    const T b = fused_multiply_add(db, mean[r], -ds) * a * a * a * scale;
    const T c = fused_multiply_add(-b, mean[r], -(db * a * scale));
    for (int64_t j = 0; j < width; ++j)
      dx[r * width + j] = fused_multiply_add(b, xp[j], w ? a * gp[j] * w[j] : a * gp[j]) + c;
  }
}

}  // namespace

Tensor batch_norm(const Tensor& input, const Tensor& weight, const Tensor& bias, const Tensor& running_mean,
                  const Tensor& running_var, bool training, double momentum, double eps) {
  check_floating(input, "batch_norm");
  const int64_t channels = input.shape()[size_t(wrap_dim(1, input.dim()))];
  check_parameter(weight, input, "weight", channels);
  check_parameter(bias, input, "bias", channels);
  check_parameter(running_mean, input, "running_mean", channels);
  check_parameter(running_var, input, "running_var", channels);
  if (!training && (!running_mean.defined() || !running_var.defined()))
    fail(running_mean.defined() ? "running_var" : "running_mean", " must be defined in evaluation mode");
  const Grouping s = per_channel(input.shape());
  const Tensor x = contiguous_copy(input);
  const int64_t n = s.stats_view[0], rest = s.stats_view[2];
  Tensor out = empty(input.shape(), input.dtype());
  Tensor save_mean = empty({1, channels, 1}, input.dtype()), save_rstd = empty({1, channels, 1}, input.dtype());
  dispatch_floating(input.dtype(), [&](auto zero) {
    using T = decltype(zero);
    T* mean = save_mean.data<T>();
    T* rstd = save_rstd.data<T>();
    if (training) {
      std::vector<T> deviations(size_t(channels), T(0));
      channel_moments(x.data<T>(), n, channels, rest, mean, deviations.data());
      const int64_t count = n * rest;
      const T blend = T(momentum), keep = T(1) - blend;
      for (int64_t c = 0; c < channels; ++c) {
        const double var = double(deviations[size_t(c)] / T(count));
        rstd[c] = var != 0 || eps != 0 ? T(1 / std::sqrt(var + eps)) : T(0);
        if (running_mean.defined()) {
          T& rm = running_mean.data<T>()[c];
          rm = blend * mean[c] + keep * rm;
        }
        if (running_var.defined()) {
          T& rv = running_var.data<T>()[c];
          const double unbiased = double(deviations[size_t(c)] / T(count - 1));
          rv = T(double(blend) * unbiased + double(keep * rv));
        }
      }
    } else {
      for (int64_t c = 0; c < channels; ++c) {
        mean[c] = running_mean.data<T>()[c];
        rstd[c] = T(1) / std::sqrt(running_var.data<T>()[c] + T(eps));
      }
    }
    const T* w = data_or_null<T>(weight);
    const T* b = data_or_null<T>(bias);
    const T* in = x.data<T>();
    T* o = out.data<T>();
    for (int64_t c = 0; c < channels; ++c) {
      const T alpha = rstd[c] * (w ? w[c] : T(1));
      const T beta = fused_multiply_add(-mean[c], alpha, b ? b[c] : T(0));
      for (int64_t i = 0; i < n; ++i)
        for (int64_t k = 0; k < rest; ++k) {
          const int64_t at = (i * channels + c) * rest + k;
          o[at] = fused_multiply_add(in[at], alpha, beta);
        }
    }
  });
  if (running_mean.defined()) bump_version(running_mean);
  if (running_var.defined()) bump_version(running_var);
  if (needs_grad(input, weight, bias))
    record("NativeBatchNormBackward0", out, {input, weight, bias},
           {input, weight, save_mean, save_rstd, training ? Tensor{} : running_var},
           [s, eps, training](const BackwardContext& c) {
             // A recording pass (create_graph) takes the formula of engine ops; otherwise PyTorch's kernel.
             if (grad_enabled()) return normalization_backward(c, s, eps, !training);
             const Tensor x = contiguous_copy(c.saved(0)), g = contiguous_copy(c.grad());
             Tensor dx = c.needs(0) ? empty(x.shape(), x.dtype()) : Tensor{};
             Tensor dweight = c.needs(1) ? empty(s.parameter, x.dtype()) : Tensor{};
             Tensor dbias = c.needs(2) ? empty(s.parameter, x.dtype()) : Tensor{};
             const Tensor stats = contiguous_copy(training ? c.saved(3) : c.saved(4));
             const Tensor mean = contiguous_copy(c.saved(2));
             const Tensor weight = c.saved(1).defined() ? contiguous_copy(c.saved(1)) : Tensor{};
             dispatch_floating(x.dtype(), [&](auto zero) {
               using T = decltype(zero);
               batch_norm_gradients<T>(x, g, weight, mean.data<T>(), stats.data<T>(), training, eps, dx, dweight,
                                       dbias);
             });
             return Grads{dx, dweight, dbias};
           });
  return out;
}

Tensor layer_norm(const Tensor& input, const Shape& normalized_shape, const Tensor& weight, const Tensor& bias,
                  double eps) {
  const size_t k = normalized_shape.size();
  if (k == 0)
    fail("Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one element, but got "
         "normalized_shape = []");
  auto check_shape = [&](const Tensor& t, const char* name) {
    if (t.defined() && t.shape() != normalized_shape)
      fail("Expected ", name, " to be of same shape as normalized_shape, but got ", name, " of shape ",
           shape_str(t.shape()), " and normalized_shape = ", shape_str(normalized_shape));
  };
  check_shape(weight, "weight");
  check_shape(bias, "bias");
  const Shape& shape = input.shape();
  bool matches = shape.size() >= k;
  for (size_t i = 0; matches && i < k; ++i) matches = shape[shape.size() - k + i] == normalized_shape[i];
  if (!matches) {
    std::string expected = "[*";
    for (int64_t d : normalized_shape) expected += ", " + std::to_string(d);
    fail("Given normalized_shape=", shape_str(normalized_shape), ", expected input with shape ", expected,
         "], but got input of size", shape_str(shape));
  }
  check_floating(input, "LayerNormKernelImpl");
  const int64_t width = product(shape, shape.size() - k, shape.size());
  const int64_t rows = width == 0 ? 0 : input.numel() / width;
  const Grouping s{{rows, width}, {1}, {rows, width}, {1, width}, {0}, normalized_shape};
  const Tensor x = contiguous_copy(input);
  Tensor out = empty(shape, input.dtype());
  Tensor save_mean = empty({rows, 1}, input.dtype()), save_rstd = empty({rows, 1}, input.dtype());
  dispatch_floating(input.dtype(), [&](auto zero) {
    using T = decltype(zero);
    const T* w = data_or_null<T>(weight);
    const T* b = data_or_null<T>(bias);
    for (int64_t r = 0; r < rows; ++r) {
      const T* in = x.data<T>() + r * width;
      T* o = out.data<T>() + r * width;
      const auto [mean, var] = rowwise_moments(in, width);
      const T rstd = T(1) / std::sqrt(var + T(eps));
      const T shift = -rstd * mean;
      for (int64_t j = 0; j < width; ++j)
        o[j] = fused_multiply_add(fused_multiply_add(in[j], rstd, shift), w ? w[j] : T(1), b ? b[j] : T(0));
      save_mean.data<T>()[r] = mean;
      save_rstd.data<T>()[r] = rstd;
    }
  });
  if (needs_grad(input, weight, bias))
    record("NativeLayerNormBackward0", out, {input, weight, bias}, {input, weight, save_mean, save_rstd},
           [s, eps](const BackwardContext& c) {
             // A recording pass (create_graph) takes the formula of engine ops; otherwise PyTorch's kernel.
             if (grad_enabled()) return normalization_backward(c, s, eps, false);
             const Tensor x = contiguous_copy(c.saved(0)), g = contiguous_copy(c.grad());
             const Tensor weight = c.saved(1).defined() ? contiguous_copy(c.saved(1)) : Tensor{};
             Tensor dx = c.needs(0) ? empty(x.shape(), x.dtype()) : Tensor{};
             Tensor dweight = c.needs(1) ? empty(s.parameter, x.dtype()) : Tensor{};
             Tensor dbias = c.needs(2) ? empty(s.parameter, x.dtype()) : Tensor{};
             dispatch_floating(x.dtype(), [&](auto zero) {
               using T = decltype(zero);
               auto data = [](const Tensor& t) { return t.defined() ? t.data<T>() : nullptr; };
               layer_norm_gradients<T>(x.data<T>(), g.data<T>(), data(weight), c.saved(2).data<T>(),
                                       c.saved(3).data<T>(), s.stats_view[0], s.stats_view[1], data(dx),
                                       data(dweight), data(dbias));
             });
             return Grads{dx, dweight, dbias};
           });
  return out;
}

Tensor group_norm(const Tensor& input, int64_t num_groups, const Tensor& weight, const Tensor& bias, double eps) {
  const Shape& shape = input.shape();
  if (input.dim() < 2) fail("Expected at least 2 dimensions for input tensor but received ", input.dim());
  const int64_t n = shape[0], channels = shape[1], rest = product(shape, 2, shape.size());
  if (num_groups <= 0 || channels % num_groups != 0)
    fail("Expected number of channels in input to be divisible by num_groups, but got input of shape ",
         shape_str(shape), " and num_groups=", num_groups);
  auto check_vector = [&](const Tensor& t, const char* name) {
    if (t.defined() && (t.dim() != 1 || t.numel() != channels))
      fail("Expected ", name, " to be a vector of size equal to the number of channels in input, but got ", name,
           " of shape ", shape_str(t.shape()), " and input of shape ", shape_str(shape));
  };
  check_vector(weight, "weight");
  check_vector(bias, "bias");
  check_floating(input, "GroupNormKernelImpl");
  const int64_t per_group = channels / num_groups;
  const Grouping s{{n * num_groups, per_group * rest}, {1}, {n, channels, rest}, {1, channels, 1}, {0, 2}, {channels}};
  const Tensor x = contiguous_copy(input);
  Tensor out = empty(shape, input.dtype());
  Tensor save_mean = empty({n * num_groups, 1}, input.dtype()), save_rstd = empty({n * num_groups, 1}, input.dtype());
  dispatch_floating(input.dtype(), [&](auto zero) {
    using T = decltype(zero);
    const T* w = data_or_null<T>(weight);
    const T* b = data_or_null<T>(bias);
    const int64_t size = per_group * rest;
    for (int64_t i = 0; i < n * num_groups; ++i) {
      const T* in = x.data<T>() + i * size;
      T* o = out.data<T>() + i * size;
      const auto [mean, var] = rowwise_moments(in, size);
      const T rstd = T(1) / std::sqrt(std::max(var, T(0)) + T(eps));
      save_mean.data<T>()[i] = mean;
      save_rstd.data<T>()[i] = rstd;
      if (!w && !b) {
        for (int64_t j = 0; j < size; ++j) o[j] = (in[j] - mean) * rstd;
        continue;
      }
      for (int64_t d = 0; d < per_group; ++d) {
        const int64_t c = (i % num_groups) * per_group + d;
        const T scale = rstd * (w ? w[c] : T(1));
        const T shift = -scale * mean + (b ? b[c] : T(0));
        for (int64_t k = 0; k < rest; ++k) o[d * rest + k] = fused_multiply_add(scale, in[d * rest + k], shift);
      }
    }
  });
  if (needs_grad(input, weight, bias))
    record("NativeGroupNormBackward0", out, {input, weight, bias}, {input, weight, save_mean, save_rstd},
           [s, eps](const BackwardContext& c) { return normalization_backward(c, s, eps, false); });
  return out;
}

}  // namespace gb
