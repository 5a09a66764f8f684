// Convolutions (conv1d, conv2d, conv_transpose1d/2d) as PyTorch's CPU reference path computes
// them (slow_conv2d, slow_conv_dilated2d, slow_conv_transpose2d: im2col + BLAS gemm, one batch
// frame and one group at a time), so float64 results are PyTorch's bit for bit:
//   forward:   out = bias, then += W · columns(x), each output one running sum over
//              (channel, kernel row, kernel column) in order;
//   transposed: columns = Wᵀ · x, scattered back (col2im) onto a zeroed output, then + bias;
//   backward:  dx is the transposed convolution of the gradient (and the other way round),
//              dW = Σ over frames of (g · columnsᵀ), db = g summed over batch and positions.
// A 1-D convolution is the 2-D one over a height of 1, as in PyTorch.
// The float32 convolutions PyTorch sends to oneDNN instead (sent_to_onednn) are computed in
// oneDNN's rounding order (kernels/onednn_convolution.h).
#include <algorithm>
#include <array>

#include "autograd/record.h"
#include "kernels/im2col.h"
#include "kernels/matmul.h"
#include "kernels/onednn_convolution.h"
#include "ops/elementwise.h"
#include "ops/floating_dispatch.h"

namespace gb {

namespace {

// Everything the kernels need, with a 1-D problem laid out as 2-D over a height of 1.
struct Geometry {
  int64_t batch, groups;
  int64_t in_channels, out_channels;  // per group
  Plane in, out;                      // the input's and the output's planes
  Window window;
};

template <class T>
void multiply(int64_t M, int64_t N, int64_t K, const T* A, MatrixRef a, const T* B, MatrixRef b, T* C, bool accumulate) {
  if constexpr (std::is_same_v<T, float>)
    matmul_f32(M, N, K, A, a, B, b, C, N, accumulate);
  else
    matmul_f64(M, N, K, A, a, B, b, C, N, accumulate);
}

// Geometry of input → output for weight and options already checked. Spatial dims are
// (height, width) for 2-D and (width) for 1-D.
Geometry geometry(const Tensor& input, const Tensor& weight, const ConvolutionOptions& o) {
  const bool two_d = input.dim() == 4;
  auto at = [&](const std::vector<int64_t>& v, int axis) { return two_d ? v[size_t(axis)] : (axis == 0 ? 1 : v[0]); };
  auto pad = [&](int axis) { return two_d ? o.padding[size_t(axis)] : (axis == 0 ? 0 : o.padding[0]); };
  Geometry g;
  g.batch = input.size(0);
  g.groups = o.groups;
  g.window = {two_d ? weight.size(2) : 1, weight.size(weight.dim() - 1), at(o.stride, 0), at(o.stride, 1),
              pad(0), pad(1), at(o.dilation, 0), at(o.dilation, 1)};
  g.in = {two_d ? input.size(2) : 1, input.size(input.dim() - 1)};
  const Window& w = g.window;
  if (!o.transposed) {
    g.in_channels = weight.size(1);
    g.out_channels = weight.size(0) / o.groups;
    g.out = {(g.in.height + 2 * w.pad_h - w.dilation_h * (w.kernel_h - 1) - 1) / w.stride_h + 1,
             (g.in.width + 2 * w.pad_w - w.dilation_w * (w.kernel_w - 1) - 1) / w.stride_w + 1};
  } else {
    g.in_channels = weight.size(0) / o.groups;
    g.out_channels = weight.size(1);
    const int64_t extra_h = two_d ? o.output_padding[0] : 0, extra_w = o.output_padding.back();
    g.out = {(g.in.height - 1) * w.stride_h - 2 * w.pad_h + w.dilation_h * (w.kernel_h - 1) + 1 + extra_h,
             (g.in.width - 1) * w.stride_w - 2 * w.pad_w + w.dilation_w * (w.kernel_w - 1) + 1 + extra_w};
  }
  return g;
}

Shape output_shape(const Geometry& g, bool two_d) {
  const int64_t channels = g.out_channels * g.groups;
  return two_d ? Shape{g.batch, channels, g.out.height, g.out.width} : Shape{g.batch, channels, g.out.width};
}

int64_t kernel_area(const Window& w) { return w.kernel_h * w.kernel_w; }

// PyTorch 1.13's choice between oneDNN and its own im2col + gemm (ConvParams::use_mkldnn in
// aten/src/ATen/native/Convolution.cpp, checked against torch's profiler): only float32 and never
// a transposed convolution (1.13 has no oneDNN one); a 1-D convolution is judged as the 2-D one
// over height 1. On one thread (as recorded) a 1×1 kernel needs a stride, a dilation or a batch of
// 16; and any needs groups, a kernel over 3×3 in both directions, a batch over 1 or an input over
// 20480 elements ("for some case, native is faster").
bool sent_to_onednn(const Geometry& g, bool transposed, DType dtype) {
  if (dtype != DType::Float32 || transposed) return false;
  const Window& w = g.window;
  const bool strided = w.stride_h != 1 || w.stride_w != 1, dilated = w.dilation_h != 1 || w.dilation_w != 1;
  const bool pointwise = w.kernel_h == 1 && w.kernel_w == 1;
  const int64_t input_size = g.batch * g.groups * g.in_channels * g.in.height * g.in.width;
  return (strided || dilated || g.batch >= 16 || !pointwise) &&
         (g.groups > 1 || (w.kernel_h > 3 && w.kernel_w > 3) || g.batch > 1 || input_size > 20480);
}

OnednnConvolution onednn_geometry(const Geometry& g) {
  return {g.batch, g.groups, g.in_channels, g.out_channels, g.in, g.out, g.window};
}

// The convolutions computed in oneDNN's order: those PyTorch sends there whose order is known.
// The few others keep the im2col order, which PyTorch does not use for them.
bool onednn_order(const Geometry& g, bool transposed, DType dtype) {
  return sent_to_onednn(g, transposed, dtype) && onednn_order_known(onednn_geometry(g));
}

// out[n, group] = bias, then += W_group · columns(x[n, group])
template <class T>
void forward(const T* x, const T* weight, const T* bias, const Geometry& g, T* out) {
  const int64_t rows = g.in_channels * kernel_area(g.window), positions = g.out.height * g.out.width;
  std::vector<T> columns(size_t(rows * positions));
  for (int64_t n = 0; n < g.batch; ++n)
    for (int64_t group = 0; group < g.groups; ++group) {
      const T* image = x + (n * g.groups + group) * g.in_channels * g.in.height * g.in.width;
      im2col(image, g.in_channels, g.in, g.out, g.window, columns.data());
      T* frame = out + (n * g.groups + group) * g.out_channels * positions;
      if (bias)
        for (int64_t c = 0; c < g.out_channels; ++c)
          std::fill_n(frame + c * positions, positions, bias[group * g.out_channels + c]);
      multiply(g.out_channels, positions, rows, weight + group * g.out_channels * rows, {rows, 1}, columns.data(),
               {positions, 1}, frame, bias != nullptr);
    }
}

// columns = W_groupᵀ · x[n, group], added onto a zeroed out[n, group] by col2im; then + bias
template <class T>
void forward_transposed(const T* x, const T* weight, const T* bias, const Geometry& g, T* out) {
  const int64_t rows = g.out_channels * kernel_area(g.window), positions = g.in.height * g.in.width;
  const int64_t out_positions = g.out.height * g.out.width;
  std::vector<T> columns(size_t(rows * positions));
  for (int64_t n = 0; n < g.batch; ++n)
    for (int64_t group = 0; group < g.groups; ++group) {
      const T* image = x + (n * g.groups + group) * g.in_channels * positions;
      multiply(rows, positions, g.in_channels, weight + group * g.in_channels * rows, {1, rows}, image,
               {positions, 1}, columns.data(), false);
      T* frame = out + (n * g.groups + group) * g.out_channels * out_positions;
      std::fill_n(frame, g.out_channels * out_positions, T(0));
      col2im(columns.data(), g.out_channels, g.out, g.in, g.window, frame);
      if (bias)
        for (int64_t c = 0; c < g.out_channels; ++c)
          for (int64_t p = 0; p < out_positions; ++p) frame[c * out_positions + p] += bias[group * g.out_channels + c];
    }
}

// dW[group] = Σ_n rows[n, group] · columns(image[n, group])ᵀ, one frame's product at a time
// added onto the running total (BLAS's beta = 1 with a transposed operand: the frame's dot
// products are formed first). For a convolution rows = g and image = x; for a transposed one
// rows = x and image = g, the columns then spanning the input's positions.
template <class T>
void weight_grad(const T* rows_src, int64_t row_channels, const T* image, int64_t image_channels, Plane image_plane,
                 Plane column_plane, const Geometry& g, T* grad) {
  const int64_t rows = image_channels * kernel_area(g.window), positions = column_plane.height * column_plane.width;
  std::vector<T> columns(size_t(rows * positions)), frame(size_t(row_channels * rows));
  std::fill_n(grad, g.groups * row_channels * rows, T(0));
  for (int64_t n = 0; n < g.batch; ++n)
    for (int64_t group = 0; group < g.groups; ++group) {
      im2col(image + (n * g.groups + group) * image_channels * image_plane.height * image_plane.width, image_channels,
             image_plane, column_plane, g.window, columns.data());
      multiply(row_channels, rows, positions, rows_src + (n * g.groups + group) * row_channels * positions,
               {positions, 1}, columns.data(), {1, positions}, frame.data(), false);
      T* total = grad + group * row_channels * rows;
      for (size_t i = 0; i < frame.size(); ++i) total[i] = frame[i] + total[i];
    }
}

Tensor convolution_weight_grad(const Tensor& input, const Tensor& grad, const Shape& weight_shape, const Geometry& g,
                               bool transposed) {
  Tensor x = dense(input), gy = dense(grad);
  Tensor out = empty(weight_shape, x.dtype());
  dispatch_floating(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if (!transposed)
      weight_grad(gy.data<T>(), g.out_channels, x.data<T>(), g.in_channels, g.in, g.out, g, out.data<T>());
    else
      weight_grad(x.data<T>(), g.in_channels, gy.data<T>(), g.out_channels, g.out, g.in, g, out.data<T>());
  });
  return out;
}

std::vector<int64_t> bias_dims(int64_t dim) {
  std::vector<int64_t> dims{0};
  for (int64_t d = 2; d < dim; ++d) dims.push_back(d);
  return dims;
}

Tensor convolve(const Tensor& input, const Tensor& weight, const Tensor& bias, const ConvolutionOptions& o);

// dx: the adjoint of a convolution is the transposed one with the same window; the output
// padding restores the rows a strided window skipped at the end.
Tensor input_grad(const Tensor& grad, const Tensor& x, const Tensor& w, const ConvolutionOptions& o, const Geometry& g) {
  ConvolutionOptions back = o;
  back.transposed = !o.transposed;
  if (!o.transposed) {
    back.output_padding.assign(o.stride.size(), 0);
    const Geometry there = geometry(grad, w, back);
    back.output_padding.back() = g.in.width - there.out.width;
    if (x.dim() == 4) back.output_padding[0] = g.in.height - there.out.height;
  }
  return convolve(grad, w, Tensor{}, back);
}

// (dx, dW, db) as `want` asks, in oneDNN's order where it is known (a dilated convolution's dW
// and db keep the im2col order).
std::array<Tensor, 3> onednn_backward(const Tensor& grad, const Tensor& input, const Tensor& weight, const Geometry& g,
                                      std::array<bool, 3> want) {
  const Tensor gy = dense(grad), x = dense(input), w = dense(weight);
  const OnednnConvolution c = onednn_geometry(g);
  const bool known = onednn_parameter_grads_known(c);
  std::array<Tensor, 3> out;
  if (want[0]) {
    out[0] = empty(x.shape(), DType::Float32);
    onednn_convolution_input_grad(c, gy.data<float>(), w.data<float>(), out[0].data<float>());
  }
  if (want[1] && known) {
    out[1] = empty(w.shape(), DType::Float32);
    onednn_convolution_weight_grad(c, x.data<float>(), gy.data<float>(), out[1].data<float>());
  } else if (want[1]) {
    out[1] = convolution_weight_grad(x, gy, w.shape(), g, false);
  }
  if (want[2] && known) {
    out[2] = empty({g.groups * g.out_channels}, DType::Float32);
    onednn_convolution_bias_grad(c, gy.data<float>(), out[2].data<float>());
  } else if (want[2]) {
    out[2] = sum(gy, bias_dims(gy.dim()), false);
  }
  return out;
}

// ConvolutionBackward0's formula: the gradients (dx, dW, db) that `want` asks for, by the
// kernels. In a recording backward they are the outputs of one op of their own,
// ConvolutionBackwardBackward0 (edges: grad, input, weight). The convolution is bilinear in
// (x, W), so with (ggx, ggW, ggb) the gradients of (dx, dW, db):
//   d/dg = conv(ggx, W) + conv(x, ggW) + ggb (broadcast over the positions),
//   d/dx = the input gradient of conv(x, ggW) for g,  d/dW = the weight gradient of conv(ggx, W) for g.
std::array<Tensor, 3> convolution_backward(const Tensor& grad, const Tensor& x, const Tensor& w,
                                           const ConvolutionOptions& o, std::array<bool, 3> want) {
  std::array<Tensor, 3> out;
  {
    GradModeGuard untracked(false);
    const Geometry g = geometry(x, w, o);
    if (onednn_order(g, o.transposed, x.dtype())) {
      out = onednn_backward(grad, x, w, g, want);
    } else {
      if (want[0]) out[0] = input_grad(grad, x, w, o, g);
      if (want[1]) out[1] = convolution_weight_grad(x, grad, w.shape(), g, o.transposed);
      if (want[2]) out[2] = sum(grad, bias_dims(grad.dim()), false);
    }
  }
  if (!needs_grad(grad, x, w)) return out;
  std::vector<Tensor> outs;
  std::array<int, 3> slot{-1, -1, -1};  // each gradient's output index on the node
  for (size_t i = 0; i < out.size(); ++i)
    if (out[i].defined()) slot[i] = int(outs.size()), outs.push_back(out[i]);
  record_multi("ConvolutionBackwardBackward0", outs, {grad, x, w}, {grad, x, w}, [o, slot](const BackwardContext& c) {
    auto grad_of = [&](size_t i) { return slot[i] < 0 ? Tensor{} : c.grad(size_t(slot[i])); };
    const Tensor ggx = grad_of(0), ggw = grad_of(1), ggb = grad_of(2);
    const Tensor &g = c.saved(0), &x = c.saved(1), &w = c.saved(2);
    Tensor dg, dx, dw;
    if (c.needs(0)) {
      // Summed in PyTorch's order: the two products, then the bias term.
      auto plus = [&dg](const Tensor& term) { dg = dg.defined() ? add(dg, term) : term; };
      if (ggx.defined()) plus(convolve(ggx, w, Tensor{}, o));
      if (ggw.defined()) plus(convolve(x, ggw, Tensor{}, o));
      if (ggb.defined()) {
        Shape per_channel(size_t(g.dim()), 1);
        per_channel[1] = ggb.numel();
        plus(expand(view(ggb, per_channel), g.shape()));
      }
    }
    if (c.needs(1) && ggw.defined()) dx = convolution_backward(g, x, ggw, o, {true, false, false})[0];
    if (c.needs(2) && ggx.defined()) dw = convolution_backward(g, ggx, w, o, {false, true, false})[1];
    return Grads{dg, dx, dw};
  });
  return out;
}

// The convolution itself, for arguments already checked; records ConvolutionBackward0, whose
// third edge (the bias's) is None without a bias, as in PyTorch.
Tensor convolve(const Tensor& input, const Tensor& weight, const Tensor& bias, const ConvolutionOptions& o) {
  const Geometry g = geometry(input, weight, o);
  Tensor x = dense(input), w = dense(weight), b = bias.defined() ? dense(bias) : bias;
  Tensor out = empty(output_shape(g, input.dim() == 4), input.dtype());
  if (onednn_order(g, o.transposed, x.dtype()))
    onednn_convolution_forward(onednn_geometry(g), x.data<float>(), w.data<float>(),
                               b.defined() ? b.data<float>() : nullptr, out.data<float>());
  else
    dispatch_floating(x.dtype(), [&](auto tag) {
      using T = decltype(tag);
      const T* bias_data = b.defined() ? b.data<T>() : nullptr;
      if (o.transposed)
        forward_transposed(x.data<T>(), w.data<T>(), bias_data, g, out.data<T>());
      else
        forward(x.data<T>(), w.data<T>(), bias_data, g, out.data<T>());
    });
  if (needs_grad(input, weight) || (bias.defined() && needs_grad(bias)))
    record("ConvolutionBackward0", out, {input, weight, bias}, {input, weight}, [o](const BackwardContext& c) {
      const auto d = convolution_backward(c.grad(), c.saved(0), c.saved(1), o, {c.needs(0), c.needs(1), c.needs(2)});
      return Grads{d[0], d[1], d[2]};
    });
  return out;
}

std::string list_str(const std::vector<int64_t>& v) { return shape_str(Shape(v.begin(), v.end())); }

void check_convolution(const Tensor& input, const Tensor& weight, const Tensor& bias, const ConvolutionOptions& o) {
  const size_t k = size_t(std::max<int64_t>(weight.dim() - 2, 0));
  auto check_length = [&](const std::vector<int64_t>& v, const char* name) {
    if (v.size() != k)
      fail("expected ", name, " to be a single integer value or a list of ", k,
           " values to match the convolution dimensions, but got ", name, "=", list_str(v));
  };
  check_length(o.stride, "stride");
  check_length(o.padding, "padding");
  check_length(o.dilation, "dilation");
  if (o.transposed) check_length(o.output_padding, "output_padding");
  if (input.dtype() != weight.dtype())
    fail("expected scalar type ", scalar_type_name(input.dtype()), " but found ", scalar_type_name(weight.dtype()));
  if (bias.defined() && bias.dtype() != input.dtype())
    fail("expected scalar type ", scalar_type_name(input.dtype()), " but found ", scalar_type_name(bias.dtype()));
  for (int64_t s : o.padding)
    if (s < 0) fail("negative padding is not supported");
  if (o.transposed)
    for (int64_t s : o.output_padding)
      if (s < 0) fail("negative output_padding is not supported");
  for (int64_t s : o.stride)
    if (s <= 0) fail("non-positive stride is not supported");
  for (int64_t s : o.dilation)
    if (s <= 0) fail("dilation should be greater than zero");
  if (o.groups <= 0) fail("non-positive groups is not supported");
  if (weight.dim() != input.dim())
    fail("Expected ", weight.dim(), "-dimensional input for ", weight.dim(), "-dimensional weight ",
         shape_str(weight.shape()), ", but got ", input.dim(), "-dimensional input of size ", shape_str(input.shape()),
         " instead");
  if (weight.size(0) < o.groups || weight.size(0) % o.groups != 0)
    fail("Given groups=", o.groups, ", expected weight to be divisible by ", o.groups,
         " at dimension 0, but got weight of size [", shape_str(weight.shape()), "] instead");
  const int64_t channels = o.transposed ? weight.size(0) : weight.size(1) * o.groups;
  if (input.size(1) != channels) {
    if (o.transposed)
      fail("Given transposed=1, weight of size ", shape_str(weight.shape()), ", expected input",
           shape_str(input.shape()), " to have ", channels, " channels, but got ", input.size(1),
           " channels instead");
    fail("Given groups=", o.groups, ", weight of size ", shape_str(weight.shape()), ", expected input",
         shape_str(input.shape()), " to have ", channels, " channels, but got ", input.size(1), " channels instead");
  }
  const int64_t out_channels = o.transposed ? weight.size(1) * o.groups : weight.size(0);
  if (bias.defined() && (bias.dim() != 1 || bias.size(0) != out_channels))
    fail("Given ", o.transposed ? "transposed=1, " : "", "weight of size ", shape_str(weight.shape()),
         ", expected bias to be 1-dimensional with ", out_channels, " elements, but got bias of size ",
         shape_str(bias.shape()), " instead");
  if (!o.transposed) {
    std::string padded, kernel, sizes, outs;
    bool too_big = false, too_small = false;
    for (size_t d = 0; d < k; ++d) {
      const int64_t in = input.size(int64_t(d) + 2) + 2 * o.padding[d];
      const int64_t extent = o.dilation[d] * (weight.size(int64_t(d) + 2) - 1) + 1;
      const std::string sep = d ? " x " : "";
      padded += sep + std::to_string(in);
      kernel += sep + std::to_string(extent);
      sizes += sep + std::to_string(input.size(int64_t(d) + 2));
      const int64_t out = (in - extent) / o.stride[d] + 1;
      outs += sep + std::to_string(out);
      too_big |= in < extent;
      too_small |= out <= 0;
    }
    if (too_big)
      fail("Calculated padded input size per channel: (", padded, "). Kernel size: (", kernel,
           "). Kernel size can't be greater than actual input size");
    if (too_small)
      fail("Given input size per channel: (", sizes, "). Calculated output size per channel: (", outs,
           "). Output size is too small");
  }
  if (!is_floating(input.dtype()))
    fail("\"slow_conv2d_cpu\" not implemented for '", scalar_type_name(input.dtype()), "'");
}

}  // namespace

Tensor convolution(const Tensor& input, const Tensor& weight, const Tensor& bias, const ConvolutionOptions& o) {
  check_convolution(input, weight, bias, o);
  if (input.dim() != 3 && input.dim() != 4)
    fail("only 1-D and 2-D convolutions are supported, got a ", input.dim(), "-D input");
  return convolve(input, weight, bias, o);
}

}  // namespace gb
