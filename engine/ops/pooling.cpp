// 2-D pooling over the last two dims of a [C, H, W] or [N, C, H, W] tensor, as PyTorch's CPU
// kernels compute it, plane by plane and window by window in row-major order:
//   max_pool2d: the first largest value of each window (nan wins) and its flat index in the
//     plane; backward adds each gradient onto that index (a scatter_add);
//   avg_pool2d: the window's running sum divided by its divisor (the window's size with or
//     without padding, or divisor_override); backward spreads grad / divisor over the window;
//   adaptive_avg_pool2d: windows [⌊i·H/oH⌋, ⌈(i+1)·H/oH⌉), sum / kh / kw;
//   adaptive_max_pool2d: the same windows, max_pool2d's choice of the first largest value.
// 1-D pooling is the 2-D pooling of an unsqueezed input (torch.nn.functional does that).
#include <cmath>
#include <string>

#include "autograd/record.h"
#include "kernels/max_pool.h"
#include "ops/elementwise.h"
#include "ops/floating_dispatch.h"

namespace gb {

namespace {

struct Planes {
  int64_t count, height, width;  // count: N·C
};

Planes planes_of(const Tensor& t) {
  const int64_t h = t.size(t.dim() - 2), w = t.size(t.dim() - 1);
  return {h * w ? t.numel() / (h * w) : 0, h, w};
}

Shape with_plane(const Tensor& t, int64_t height, int64_t width) {
  Shape s = t.shape();
  s[s.size() - 2] = height;
  s[s.size() - 1] = width;
  return s;
}

int64_t pooled_size(int64_t in, int64_t kernel, int64_t pad, int64_t stride, int64_t dilation, bool ceil_mode) {
  const int64_t span = in + 2 * pad - dilation * (kernel - 1) - 1 + (ceil_mode ? stride - 1 : 0);
  int64_t out = (span >= 0 ? span / stride : -((-span + stride - 1) / stride)) + 1;
  // The last window must start inside the input or its left padding.
  if (ceil_mode && (out - 1) * stride >= in + pad) --out;
  return out;
}

struct Pooled {
  int64_t height, width;
};

Pooled check_pool2d(const Tensor& input, const PoolOptions& o, const char* name) {
  if (o.stride[0] == 0 || o.stride[1] == 0) fail("stride should not be zero");
  if (o.kernel[0] <= 0 || o.kernel[1] <= 0)
    fail("kernel size should be greater than zero, but got kH: ", o.kernel[0], " kW: ", o.kernel[1]);
  if (o.stride[0] <= 0 || o.stride[1] <= 0)
    fail("stride should be greater than zero, but got dH: ", o.stride[0], " dW: ", o.stride[1]);
  if (o.dilation[0] <= 0 || o.dilation[1] <= 0)
    fail("dilation should be greater than zero, but got dilationH: ", o.dilation[0], " dilationW: ", o.dilation[1]);
  bool non_empty = input.dim() == 3 || input.dim() == 4;
  for (int64_t d = input.dim() == 4 ? 1 : 0; non_empty && d < input.dim(); ++d) non_empty = input.size(d) != 0;
  if (!non_empty)
    fail("non-empty 3D or 4D (batch mode) tensor expected for input");
  for (int d = 0; d < 2; ++d)
    if (o.kernel[size_t(d)] / 2 < o.padding[size_t(d)])
      fail("pad should be at most half of kernel size, but got pad=", o.padding[size_t(d)],
           " and kernel_size=", o.kernel[size_t(d)]);
  const int64_t h = input.size(input.dim() - 2), w = input.size(input.dim() - 1), c = input.size(input.dim() - 3);
  const Pooled out{pooled_size(h, o.kernel[0], o.padding[0], o.stride[0], o.dilation[0], o.ceil_mode),
                   pooled_size(w, o.kernel[1], o.padding[1], o.stride[1], o.dilation[1], o.ceil_mode)};
  if (out.height < 1 || out.width < 1)
    fail("Given input size: (", c, "x", h, "x", w, "). Calculated output size: (", c, "x", out.height, "x", out.width,
         "). Output size is too small");
  if (!is_floating(input.dtype())) fail("\"", name, "\" not implemented for '", scalar_type_name(input.dtype()), "'");
  return out;
}

// The window of output (oy, ox) clipped to the input, and its divisor.
struct AvgWindow {
  int64_t y0, y1, x0, x1, divisor;
};

AvgWindow avg_window(int64_t oy, int64_t ox, Planes p, const PoolOptions& o, const AvgOptions& a) {
  int64_t y0 = oy * o.stride[0] - o.padding[0], x0 = ox * o.stride[1] - o.padding[1];
  int64_t y1 = std::min(y0 + o.kernel[0], p.height + o.padding[0]);
  int64_t x1 = std::min(x0 + o.kernel[1], p.width + o.padding[1]);
  const int64_t padded_size = (y1 - y0) * (x1 - x0);
  y0 = std::max<int64_t>(y0, 0);
  x0 = std::max<int64_t>(x0, 0);
  y1 = std::min(y1, p.height);
  x1 = std::min(x1, p.width);
  const int64_t divisor = a.divisor_override ? *a.divisor_override
                          : a.count_include_pad ? padded_size
                                                : (y1 - y0) * (x1 - x0);
  return {y0, y1, x0, x1, divisor};
}

// PyTorch's adaptive windows: [⌊i·in/out⌋, ⌈(i+1)·in/out⌉)
int64_t window_start(int64_t i, int64_t out, int64_t in) { return (i * in) / out; }
int64_t window_end(int64_t i, int64_t out, int64_t in) { return ((i + 1) * in + out - 1) / out; }

AvgWindow adaptive_window(int64_t oy, int64_t ox, Planes p, Pooled out) {
  return {window_start(oy, out.height, p.height), window_end(oy, out.height, p.height),
          window_start(ox, out.width, p.width), window_end(ox, out.width, p.width), 0};
}

template <class T>
void adaptive_max_planes(const T* in, Planes p, Pooled out, T* values, int64_t* indices) {
  for (int64_t plane = 0; plane < p.count; ++plane, in += p.height * p.width)
    for (int64_t oy = 0; oy < out.height; ++oy)
      for (int64_t ox = 0; ox < out.width; ++ox) {
        const int64_t y0 = window_start(oy, out.height, p.height), y1 = window_end(oy, out.height, p.height);
        const int64_t x0 = window_start(ox, out.width, p.width), x1 = window_end(ox, out.width, p.width);
        const auto [best, at] = window_max(in, p.width, {y0, y1, 1}, {x0, x1, 1});
        *values++ = best;
        *indices++ = at;
      }
}

// How avg_pool2d and adaptive_avg_pool2d turn a window's sum into its mean: each rounds as
// PyTorch's kernel does (one division by the divisor; a division by the height, then the width).
constexpr auto avg_mean = [](auto sum, const AvgWindow& w) {
  using T = decltype(sum);
  return w.y0 >= w.y1 || w.x0 >= w.x1 ? T(0) : sum / T(w.divisor);
};
constexpr auto adaptive_mean = [](auto sum, const AvgWindow& w) {
  using T = decltype(sum);
  return sum / T(w.y1 - w.y0) / T(w.x1 - w.x0);
};

// Calls f(plane start, window, output position) for every output of an averaging pool, plane by
// plane and window by window in row-major order (PyTorch's order); window_of(oy, ox) gives the window.
template <class WindowOf, class F>
void for_each_window(Planes p, Pooled out, WindowOf window_of, F f) {
  int64_t position = 0;
  for (int64_t plane = 0; plane < p.count; ++plane)
    for (int64_t oy = 0; oy < out.height; ++oy)
      for (int64_t ox = 0; ox < out.width; ++ox) f(plane * p.height * p.width, window_of(oy, ox), position++);
}

// Each output: its window's running sum, turned into the mean by mean(sum, window).
template <class T, class WindowOf, class Mean>
void average_planes(const T* in, Planes p, Pooled out, WindowOf window_of, Mean mean, T* result) {
  for_each_window(p, out, window_of, [&](int64_t start, const AvgWindow& w, int64_t i) {
    T sum = 0;
    for (int64_t y = w.y0; y < w.y1; ++y)
      for (int64_t x = w.x0; x < w.x1; ++x) sum += in[start + y * p.width + x];
    result[i] = mean(sum, w);
  });
}

// The backward: each output's gradient, divided as its mean was, added over its window.
template <class T, class WindowOf, class Mean>
void spread_planes(const T* grad, Planes p, Pooled out, WindowOf window_of, Mean mean, T* result) {
  for_each_window(p, out, window_of, [&](int64_t start, const AvgWindow& w, int64_t i) {
    const T share = mean(grad[i], w);
    for (int64_t y = w.y0; y < w.y1; ++y)
      for (int64_t x = w.x0; x < w.x1; ++x) result[start + y * p.width + x] += share;
  });
}

// An averaging pool over input's planes; windows(planes, pooled) gives the window function.
template <class Windows, class Mean>
Tensor average_pool(const Tensor& input, Pooled out, Windows windows, Mean mean) {
  Tensor x = dense(input);
  Tensor result = empty(with_plane(input, out.height, out.width), input.dtype());
  const Planes p = planes_of(x);
  dispatch_floating(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    average_planes(x.data<T>(), p, out, windows(p, out), mean, result.data<T>());
  });
  return result;
}

// The gradient w.r.t. the input of an averaging pool (the backward pass runs without
// recording, so it keeps no history).
template <class Windows, class Mean>
Tensor average_pool_backward(const Tensor& grad, const Shape& input_shape, Windows windows, Mean mean) {
  Tensor g = dense(grad), out = zeros(input_shape, grad.dtype());
  const Planes p = planes_of(out);
  const Pooled pooled{g.size(g.dim() - 2), g.size(g.dim() - 1)};
  dispatch_floating(g.dtype(), [&](auto tag) {
    using T = decltype(tag);
    spread_planes(g.data<T>(), p, pooled, windows(p, pooled), mean, out.data<T>());
  });
  return out;
}

// A pooling gradient dx of g as an op of its own (MaxPool2DWithIndicesBackwardBackward0 for
// MaxPool2DWithIndicesBackward0, ...; edges: g, x), so that a recording backward differentiates
// it again: dx is linear in g, so d/dg is `again` (the pooling itself) of gg; d/dx is zero.
template <class Again>
Tensor recorded_pool_backward(const std::string& name, const Tensor& dx, const Tensor& g, const Tensor& x, Again again) {
  if (needs_grad(g, x))
    record(name.substr(0, name.size() - 1) + "Backward0", dx, {g, x}, {}, [again](const BackwardContext& c) {
      return Grads{c.needs(0) ? again(c.grad()) : Tensor{}, c.needs(1) ? zeros_like(c.grad()) : Tensor{}};
    });
  return dx;
}

// dx[plane][at[i]] += grad[i], output by output in order onto a zeroed dx: the scatter_add
// along each plane that PyTorch's max-pool backward is, without scatter_add's index machinery
// (measured natively: most of a LeNet step's pooling time). An index outside the plane gets
// scatter_add's error.
template <class T>
void unpool_planes(const T* grad, const int64_t* at, int64_t planes, int64_t positions, int64_t plane_size, T* dx) {
  for (int64_t plane = 0; plane < planes; ++plane, grad += positions, at += positions, dx += plane_size)
    for (int64_t i = 0; i < positions; ++i) {
      if (at[i] < 0 || at[i] >= plane_size)
        fail("index ", at[i], " is out of bounds for dimension 1 with size ", plane_size);
      dx[at[i]] += grad[i];
    }
}

// Each gradient added onto the input position its max came from; recorded as name's
// double-backward op, which reads gg back at the same indices.
Tensor unpool_max(const std::string& name, const Tensor& grad, const Tensor& at, const Tensor& input, const Shape& shape) {
  const int64_t positions = at.size(at.dim() - 2) * at.size(at.dim() - 1);
  const int64_t planes = positions ? at.numel() / positions : 0;
  const int64_t plane_size = shape[shape.size() - 2] * shape[shape.size() - 1];
  const Tensor flat_indices = reshape(at, {planes, positions});
  Tensor dx = zeros(shape, grad.dtype());
  {
    const Tensor g = dense(grad), indices = dense(at);
    dispatch_floating(g.dtype(), [&](auto tag) {
      using T = decltype(tag);
      unpool_planes(g.data<T>(), indices.data<int64_t>(), planes, positions, plane_size, dx.data<T>());
    });
  }
  return recorded_pool_backward(name, dx, grad, input, [flat_indices, planes, plane_size, picked = at.shape()](const Tensor& gg) {
    return reshape(gather(reshape(gg, {planes, plane_size}), 1, flat_indices), picked);
  });
}

}  // namespace

std::pair<Tensor, Tensor> max_pool2d_with_indices(const Tensor& input, const PoolOptions& o) {
  const Pooled out = check_pool2d(input, o, "max_pool2d");
  Tensor x = dense(input);
  Tensor values = empty(with_plane(input, out.height, out.width), input.dtype());
  Tensor indices = empty(values.shape(), DType::Int64);
  dispatch_floating(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const Planes p = planes_of(x);
    const MaxPoolWindows windows{p.count, p.height, p.width, out.height, out.width,
                                 {o.kernel[0], o.kernel[1]}, {o.stride[0], o.stride[1]},
                                 {o.padding[0], o.padding[1]}, {o.dilation[0], o.dilation[1]}};
    max_pool_planes(x.data<T>(), windows, values.data<T>(), indices.data<int64_t>());
  });
  if (needs_grad(input))
    record("MaxPool2DWithIndicesBackward0", values, {input}, {indices, input}, [shape = input.shape()](const BackwardContext& c) {
      return Grads{unpool_max("MaxPool2DWithIndicesBackward0", c.grad(), c.saved(0), c.saved(1), shape)};
    });
  return {values, indices};
}

Tensor avg_pool2d(const Tensor& input, const PoolOptions& o, const AvgOptions& a) {
  if (a.divisor_override && *a.divisor_override == 0) fail("divisor must be not zero");
  const auto windows = [o, a](Planes p, Pooled) {
    return [p, o, a](int64_t oy, int64_t ox) { return avg_window(oy, ox, p, o, a); };
  };
  Tensor result = average_pool(input, check_pool2d(input, o, "avg_pool2d"), windows, avg_mean);
  if (needs_grad(input))
    record("AvgPool2DBackward0", result, {input}, {input}, [shape = input.shape(), windows, o, a](const BackwardContext& c) {
      return Grads{recorded_pool_backward("AvgPool2DBackward0", average_pool_backward(c.grad(), shape, windows, avg_mean),
                                          c.grad(), c.saved(0), [o, a](const Tensor& gg) { return avg_pool2d(gg, o, a); })};
    });
  return result;
}

Tensor adaptive_avg_pool2d(const Tensor& input, const Shape& output_size) {
  if (output_size.size() != 2) fail("adaptive_avg_pool2d: output_size must be 2");
  for (int64_t d = 1; d < input.dim(); ++d)
    if (input.size(d) == 0)
      fail("adaptive_avg_pool2d(): Expected input to have non-zero size for non-batch dimensions, but input has sizes ",
           shape_str(input.shape()), " with dimension ", d, " being empty");
  if (input.dim() != 3 && input.dim() != 4)
    fail("adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got ", shape_str(input.shape()));
  if (!is_floating(input.dtype()))
    fail("\"adaptive_avg_pool2d\" not implemented for '", scalar_type_name(input.dtype()), "'");
  const auto windows = [](Planes p, Pooled out) {
    return [p, out](int64_t oy, int64_t ox) { return adaptive_window(oy, ox, p, out); };
  };
  Tensor result = average_pool(input, {output_size[0], output_size[1]}, windows, adaptive_mean);
  if (needs_grad(input))
    record("AdaptiveAvgPool2DBackward0", result, {input}, {input}, [shape = input.shape(), windows, output_size](const BackwardContext& c) {
      return Grads{recorded_pool_backward("AdaptiveAvgPool2DBackward0", average_pool_backward(c.grad(), shape, windows, adaptive_mean),
                                          c.grad(), c.saved(0),
                                          [output_size](const Tensor& gg) { return adaptive_avg_pool2d(gg, output_size); })};
    });
  return result;
}

std::pair<Tensor, Tensor> adaptive_max_pool2d(const Tensor& input, const Shape& output_size) {
  if (output_size.size() != 2) fail("adaptive_max_pool2d(): internal error: output_size.size() must be 2");
  if (input.dim() != 3 && input.dim() != 4)
    fail("adaptive_max_pool2d(): Expected 3D or 4D tensor, but got: ", shape_str(input.shape()));
  for (int64_t d = 1; d < input.dim(); ++d)
    if (input.size(d) == 0)
      fail("adaptive_max_pool2d(): Expected input to have non-zero size for non-batch dimensions, but input has sizes ",
           shape_str(input.shape()), " with dimension ", d, " being empty");
  if (!is_floating(input.dtype()))
    fail("\"adaptive_max_pool2d\" not implemented for '", scalar_type_name(input.dtype()), "'");
  Tensor x = dense(input);
  Tensor values = empty(with_plane(input, output_size[0], output_size[1]), input.dtype());
  Tensor indices = empty(values.shape(), DType::Int64);
  dispatch_floating(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    adaptive_max_planes(x.data<T>(), planes_of(x), {output_size[0], output_size[1]}, values.data<T>(),
                        indices.data<int64_t>());
  });
  if (needs_grad(input))
    record("AdaptiveMaxPool2DBackward0", values, {input}, {indices, input}, [shape = input.shape()](const BackwardContext& c) {
      return Grads{unpool_max("AdaptiveMaxPool2DBackward0", c.grad(), c.saved(0), c.saved(1), shape)};
    });
  return {values, indices};
}

}  // namespace gb
