// Resizing the 1, 2 or 3 spatial dims of [N, C, (D, H,) W] (torch.nn.functional.interpolate's
// nearest, nearest-exact and linear/bilinear/trilinear modes), with PyTorch's CPU index and
// weight arithmetic (ATen's UpSample.h and cpu/UpSampleKernel.cpp), so results match bit for bit:
//   each output index along a dim reads input index(es) computed once per dim:
//     nearest:       ⌊i·s⌋ (s = in/out, or 1/scale_factor when one was given), in float;
//     nearest-exact: ⌊(s·(i + ½) − ½) + ½⌋, the source index clamped at 0 first;
//     linear:        the source s·(i + ½) − ½ (one fused multiply-add, clamped at 0), or s·i with
//                    align_corners and s = (in − 1)/(out − 1), in double (s itself rounded to the
//                    dtype); its two neighbours i0, i1 and the weights λ1 = src − i0, λ0 = 1 − λ1
//                    rounded to the dtype; an unresized dim copies (λ0 = 1, λ1 = 0).
//   PyTorch's x86 build fuses a·b + c into one rounding (fma), so we do too, where it does:
//     1-D, and 2-D/3-D laid out channels-first: innermost dim first, fma(t0, λ0, t1·λ1) per dim;
//     2-D/3-D laid out channels-last (every input with one channel is): corner weights
//       λ_d0·λ_d1·… in the dtype, corners in row-major order summed in double by fmas
//       (fma(x0, w0, x1·w1), then fma(x_k, w_k, sum)), rounded once at the end.
//   backward adds each output gradient onto its sources in output order (a linear mode's share
//   fma(λ_d0·λ_d1·…, grad, sum), corners in row-major order), with nearest's indices from
//   PyTorch's separate float formula (scale 2 and 1 exact). The backward is an op of its own whose
//   derivative is the forward, so gradients of gradients are recorded.
#include <cmath>

#include "autograd/record.h"
#include "kernels/fused_multiply_add.h"
#include "ops/copy.h"
#include "ops/floating_dispatch.h"
#include "ops/ops.h"
#include "tensor/error.h"

namespace gb {

namespace {

// One dim's sources: index0/weight0 (and index1/weight1 for linear modes) per output index.
template <class T>
struct Taps {
  std::vector<int64_t> index0, index1;
  std::vector<T> weight0, weight1;
};

template <class T>
T scale_value(std::optional<double> scale, int64_t in, int64_t out) {
  return scale && *scale > 0 ? static_cast<T>(1.0 / *scale) : static_cast<T>(in) / static_cast<T>(out);
}

template <class T>
T area_scale(int64_t in, int64_t out, bool align_corners, std::optional<double> scale) {
  if (align_corners) return out > 1 ? static_cast<T>(in - 1) / static_cast<T>(out - 1) : T(0);
  return scale_value<T>(scale, in, out);
}

// The linear modes' source index, in double with the multiply-add fused as PyTorch's build does.
double linear_source_index(double scale, int64_t i, bool align_corners) {
  if (align_corners) return scale * static_cast<double>(i);
  const double source = fused_multiply_add(scale, static_cast<double>(i) + 0.5, -0.5);
  return source < 0 ? 0 : source;
}

template <class T>
T source_index(T scale, int64_t i, bool align_corners) {
  if (align_corners) return scale * static_cast<T>(i);
  const T source = scale * (static_cast<T>(i) + T(0.5)) - T(0.5);
  return source < T(0) ? T(0) : source;
}

// The forward's taps along one dim (UpSampleKernel.cpp's compute_indices_weights).
template <class T>
Taps<T> forward_taps(Interpolation mode, int64_t in, int64_t out, std::optional<double> scale, bool align_corners) {
  Taps<T> taps;
  for (int64_t i = 0; i < out; ++i) {
    if (mode == Interpolation::Nearest) {
      const T real = scale_value<T>(scale, in, out) * static_cast<T>(i);
      taps.index0.push_back(std::min(static_cast<int64_t>(std::floor(static_cast<float>(real))), in - 1));
    } else if (mode == Interpolation::NearestExact) {
      const T real = source_index(scale_value<T>(scale, in, out), i, false);
      taps.index0.push_back(std::min(static_cast<int64_t>(std::floor(static_cast<float>(real + 0.5))), in - 1));
    } else if (in == out) {
      taps.index0.push_back(i);
      taps.index1.push_back(i);
      taps.weight0.push_back(T(1));
      taps.weight1.push_back(T(0));
    } else {
      const double real = linear_source_index(area_scale<T>(in, out, align_corners, scale), i, align_corners);
      const int64_t i0 = static_cast<int64_t>(real);
      const T lambda1 = static_cast<T>(real - static_cast<double>(i0));
      taps.index0.push_back(i0);
      taps.index1.push_back(i0 + (i0 < in - 1 ? 1 : 0));
      taps.weight1.push_back(lambda1);
      taps.weight0.push_back(T(1) - lambda1);
    }
  }
  return taps;
}

// The nearest modes' backward indices (UpSample.h's nearest_idx and nearest_exact_idx).
template <class T>
Taps<T> nearest_backward_taps(Interpolation mode, int64_t in, int64_t out, std::optional<double> scale) {
  Taps<T> taps;
  const float s = scale_value<float>(scale, in, out);
  for (int64_t i = 0; i < out; ++i) {
    int64_t source;
    if (mode == Interpolation::NearestExact)
      source = static_cast<int64_t>(std::floor(static_cast<float>((static_cast<double>(i) + 0.5) * s)));
    else if (out == in)
      source = i;
    else if (out == 2 * in)
      source = i >> 1;
    else
      source = static_cast<int64_t>(std::floor(static_cast<float>(i) * s));
    taps.index0.push_back(std::min(source, in - 1));
  }
  return taps;
}

struct Layout {
  int64_t planes;
  Shape in, out;  // spatial sizes
};

Layout layout_of(const Shape& input_shape, const Shape& output_size) {
  const size_t dims = output_size.size();
  Layout l{1, Shape(input_shape.end() - int64_t(dims), input_shape.end()), output_size};
  for (size_t d = 0; d + dims < input_shape.size(); ++d) l.planes *= input_shape[d];
  return l;
}

int64_t product(const Shape& s) {
  int64_t n = 1;
  for (int64_t v : s) n *= v;
  return n;
}

template <class T>
std::vector<Taps<T>> all_taps(const Layout& l, const ResampleOptions& o, bool backward) {
  std::vector<Taps<T>> taps;
  for (size_t d = 0; d < l.in.size(); ++d) {
    const std::optional<double> scale = d < o.scales.size() ? o.scales[d] : std::nullopt;
    taps.push_back(backward && o.mode != Interpolation::Linear
                       ? nearest_backward_taps<T>(o.mode, l.in[d], l.out[d], scale)
                       : forward_taps<T>(o.mode, l.in[d], l.out[d], scale, o.align_corners));
  }
  return taps;
}

// The value at output position `at` (one index per dim) read from plane `src` with strides
// `stride`, interpolating dims d.. (PyTorch's Interpolate<n> recursion).
template <class T>
T interpolate(const T* src, const std::vector<Taps<T>>& taps, const Shape& stride, const int64_t* at, size_t d,
              bool linear) {
  const Taps<T>& t = taps[d];
  const int64_t i = at[d];
  if (!linear) {
    src += t.index0[size_t(i)] * stride[d];
    return d + 1 == taps.size() ? *src : interpolate(src, taps, stride, at, d + 1, linear);
  }
  const T* p0 = src + t.index0[size_t(i)] * stride[d];
  const T* p1 = src + t.index1[size_t(i)] * stride[d];
  const T t0 = d + 1 == taps.size() ? *p0 : interpolate(p0, taps, stride, at, d + 1, linear);
  const T t1 = d + 1 == taps.size() ? *p1 : interpolate(p1, taps, stride, at, d + 1, linear);
  return fused_multiply_add(t0, t.weight0[size_t(i)], t1 * t.weight1[size_t(i)]);
}

// A corner's weight: the product of its dims' weights, left to right, and its offset in the plane.
template <class T>
T corner_weight(const std::vector<Taps<T>>& taps, const Shape& stride, const int64_t* at, int corner,
                int64_t& offset) {
  const size_t dims = taps.size();
  T weight{};
  offset = 0;
  for (size_t d = 0; d < dims; ++d) {
    const bool far = corner >> (dims - 1 - d) & 1;
    const Taps<T>& t = taps[d];
    offset += (far ? t.index1 : t.index0)[size_t(at[d])] * stride[d];
    const T w = (far ? t.weight1 : t.weight0)[size_t(at[d])];
    weight = d == 0 ? w : weight * w;
  }
  return weight;
}

// The channels-last kernel's value: all corners at once, in row-major order, summed in double.
template <class T>
T interpolate_corners(const T* src, const std::vector<Taps<T>>& taps, const Shape& stride, const int64_t* at) {
  const int corners = 1 << taps.size();
  int64_t offset0, offset1;
  const double w0 = corner_weight(taps, stride, at, 0, offset0), w1 = corner_weight(taps, stride, at, 1, offset1);
  double sum = fused_multiply_add(double(src[offset0]), w0, double(src[offset1]) * w1);
  for (int corner = 2; corner < corners; ++corner) {
    int64_t offset;
    const double w = corner_weight(taps, stride, at, corner, offset);
    sum = fused_multiply_add(double(src[offset]), w, sum);
  }
  return static_cast<T>(sum);
}

Shape strides_of(const Shape& sizes) {
  Shape stride(sizes.size(), 1);
  for (size_t d = sizes.size(); d-- > 1;) stride[d - 1] = stride[d] * sizes[d];
  return stride;
}

// Steps the row-major position `at` within `sizes`.
void advance(std::vector<int64_t>& at, const Shape& sizes) {
  for (size_t d = sizes.size(); d-- > 0;)
    if (++at[d] < sizes[d]) return;
    else at[d] = 0;
}

template <class T>
void resample_planes(const T* in, const Layout& l, const ResampleOptions& o, bool channels_last, T* out) {
  const std::vector<Taps<T>> taps = all_taps<T>(l, o, false);
  const Shape stride = strides_of(l.in);
  const int64_t in_plane = product(l.in), out_plane = product(l.out);
  const bool linear = o.mode == Interpolation::Linear;
  for (int64_t p = 0; p < l.planes; ++p, in += in_plane) {
    std::vector<int64_t> at(l.out.size(), 0);
    for (int64_t k = 0; k < out_plane; ++k, advance(at, l.out))
      *out++ = linear && channels_last ? interpolate_corners(in, taps, stride, at.data())
                                       : interpolate(in, taps, stride, at.data(), 0, linear);
  }
}

template <class T>
void unresample_planes(const T* grad, const Layout& l, const ResampleOptions& o, T* result) {
  const std::vector<Taps<T>> taps = all_taps<T>(l, o, true);
  const Shape stride = strides_of(l.in);
  const int64_t in_plane = product(l.in), out_plane = product(l.out);
  const size_t dims = l.out.size();
  const bool linear = o.mode == Interpolation::Linear;
  for (int64_t p = 0; p < l.planes; ++p, result += in_plane) {
    std::vector<int64_t> at(dims, 0);
    for (int64_t k = 0; k < out_plane; ++k, advance(at, l.out)) {
      const T g = *grad++;
      if (!linear) {
        int64_t offset = 0;
        for (size_t d = 0; d < dims; ++d) offset += taps[d].index0[size_t(at[d])] * stride[d];
        result[offset] += g;
        continue;
      }
      for (int corner = 0; corner < 1 << dims; ++corner) {
        int64_t offset;
        const T share = corner_weight(taps, stride, at.data(), corner, offset);
        result[offset] = fused_multiply_add(share, g, result[offset]);
      }
    }
  }
}

std::string node_name(const ResampleOptions& o) {
  const size_t dims = o.output_size.size();
  static const char* const linear[3] = {"Linear1D", "Bilinear2D", "Trilinear3D"};
  const std::string kind = o.mode == Interpolation::Nearest        ? cat("Nearest", dims, "D")
                           : o.mode == Interpolation::NearestExact ? cat("NearestExact", dims, "D")
                                                                   : linear[dims - 1];
  return "Upsample" + kind;
}

// Whether `t` [N, C, (D,) H, W] is laid out channels-last by PyTorch's rule (size-1 dims don't
// count, so every standard tensor with one channel is): PyTorch then runs a separate kernel.
bool channels_last(const Tensor& t) {
  std::vector<int64_t> order{1};
  for (int64_t d = t.dim() - 1; d >= 2; --d) order.push_back(d);
  order.push_back(0);
  int64_t expected = 1;
  for (int64_t d : order) {
    if (t.size(d) == 1) continue;
    if (t.strides()[size_t(d)] != expected) return false;
    expected *= t.size(d);
  }
  return true;
}

void check_resample(const Tensor& input, const ResampleOptions& o) {
  const size_t dims = o.output_size.size();
  if (dims < 1 || dims > 3 || input.dim() != int64_t(dims) + 2)
    fail("upsample: expected a ", dims + 2, "D input for ", dims, " output sizes, but got ", shape_str(input.shape()));
  const Shape in(input.shape().begin() + 2, input.shape().end());
  bool positive = true;
  for (size_t d = 0; d < dims; ++d) positive = positive && in[d] > 0 && o.output_size[d] > 0;
  if (!positive) {
    static const char* const axes[3] = {"D", "H", "W"};
    std::string ins, outs;
    for (size_t d = 0; d < dims; ++d) {
      const char* sep = d ? ", " : "";
      ins += cat(sep, axes[3 - dims + d], ": ", in[d]);
      outs += cat(sep, axes[3 - dims + d], ": ", o.output_size[d]);
    }
    fail("Input and output sizes should be greater than 0, but got input (", ins, ")", dims == 1 ? " and" : "",
         " output (", outs, ")");
  }
  if (input.numel() == 0 && input.size(1) == 0)
    fail("Non-empty ", dims + 2, "D data tensor expected but got a tensor with sizes ", shape_str(input.shape()));
  if (!is_floating(input.dtype())) {
    const bool linear = o.mode == Interpolation::Linear;
    const std::string kernel = dims == 3 ? (linear ? "upsample_trilinear3d_channels_last" : "upsample_nearest3d_channels_last")
                               : linear  ? "compute_indices_weights_linear"
                                         : "compute_indices_weights_nearest";
    fail("\"", kernel, "\" not implemented for '", scalar_type_name(input.dtype()), "'");
  }
}

}  // namespace

Tensor upsample(const Tensor& input, const ResampleOptions& o) {
  check_resample(input, o);
  const Layout l = layout_of(input.shape(), o.output_size);
  Shape out_shape{input.size(0), input.size(1)};
  out_shape.insert(out_shape.end(), o.output_size.begin(), o.output_size.end());
  Tensor x = contiguous_copy(input), result = empty(out_shape, input.dtype());
  dispatch_floating(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    resample_planes(x.data<T>(), l, o, o.output_size.size() > 1 && channels_last(input), result.data<T>());
  });
  if (needs_grad(input))
    record(node_name(o) + "Backward1", result, {input}, {}, [o, shape = input.shape()](const BackwardContext& c) {
      return Grads{upsample_backward(c.grad(), shape, o)};
    });
  return result;
}

Tensor upsample_backward(const Tensor& grad, const Shape& input_shape, const ResampleOptions& o) {
  const Layout l = layout_of(input_shape, o.output_size);
  Tensor g = contiguous_copy(grad), result = zeros(input_shape, grad.dtype());
  dispatch_floating(g.dtype(), [&](auto tag) {
    using T = decltype(tag);
    unresample_planes(g.data<T>(), l, o, result.data<T>());
  });
  if (needs_grad(grad))
    record(node_name(o) + "BackwardBackward0", result, {grad}, {}, [o](const BackwardContext& c) {
      return Grads{upsample(c.grad(), o)};
    });
  return result;
}

}  // namespace gb
