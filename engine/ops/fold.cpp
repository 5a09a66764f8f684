// Sliding blocks (torch.nn.functional.unfold and fold), with the convolution's im2col/col2im
// (kernels/im2col.h), as PyTorch's CPU im2col and col2im compute them frame by frame:
//   im2col: [N, C, H, W] → [N, C·kh·kw, L], L the number of block positions;
//   col2im: [N, C·kh·kw, L] → [N, C, H, W], each column entry added onto its pixel.
// Each is the other's adjoint, so each one's backward is the other (recorded).
#include "autograd/record.h"
#include "kernels/im2col.h"
#include "ops/copy.h"
#include "ops/floating_dispatch.h"
#include "ops/ops.h"
#include "tensor/error.h"

namespace gb {

namespace {

// PyTorch's div_rtn: division rounding towards negative infinity.
int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }

Window window_of(const BlockOptions& o) {
  return {o.kernel[0], o.kernel[1], o.stride[0], o.stride[1], o.padding[0], o.padding[1], o.dilation[0], o.dilation[1]};
}

Plane blocks_over(Plane image, const Window& w) {
  return {floor_div(image.height + 2 * w.pad_h - (w.dilation_h * (w.kernel_h - 1) + 1), w.stride_h) + 1,
          floor_div(image.width + 2 * w.pad_w - (w.dilation_w * (w.kernel_w - 1) + 1), w.stride_w) + 1};
}

// The four checks both directions make, in the order each makes them.
void check_window(const Window& w, bool stride_before_dilation) {
  if (w.kernel_w <= 0 || w.kernel_h <= 0)
    fail("kernel size should be greater than zero, but got kernel_height: ", w.kernel_h, " kernel_width: ", w.kernel_w);
  auto stride = [&] {
    if (w.stride_w <= 0 || w.stride_h <= 0)
      fail("stride should be greater than zero, but got stride_height: ", w.stride_h, " stride_width: ", w.stride_w);
  };
  if (stride_before_dilation) stride();
  if (w.dilation_w <= 0 || w.dilation_h <= 0)
    fail("dilation should be greater than zero, but got dilation_height: ", w.dilation_h,
         " dilation_width: ", w.dilation_w);
  if (w.pad_w < 0 || w.pad_h < 0)
    fail("padding should be non-negative, but got pad_height: ", w.pad_h, " pad_width: ", w.pad_w);
  if (!stride_before_dilation) stride();
}

std::string window_text(const Window& w) {
  return cat("kernel_size=(", w.kernel_h, ", ", w.kernel_w, "), dilation=(", w.dilation_h, ", ", w.dilation_w,
             "), padding=(", w.pad_h, ", ", w.pad_w, ")");
}

void check_dtype(const Tensor& t, const char* kernel) {
  if (!is_floating(t.dtype())) fail("\"", kernel, "\" not implemented for '", scalar_type_name(t.dtype()), "'");
}

}  // namespace

Tensor im2col(const Tensor& input, const BlockOptions& o) {
  const Window w = window_of(o);
  check_window(w, false);
  // PyTorch reads sizes 1 and 2 before it checks the rank: a smaller input fails there.
  wrap_dim(1, input.dim());
  wrap_dim(2, input.dim());
  const bool batched = input.dim() == 4;
  const bool non_empty = (input.dim() == 3 || batched) && input.size(1) != 0 && input.size(2) != 0 &&
                         (batched ? input.size(3) != 0 : input.size(0) != 0);
  if (!non_empty)
    fail("Expected 3D or 4D (batch mode) tensor with possibly 0 batch size and other non-zero dimensions for input, "
         "but got: ", shape_str(input.shape()));
  const int64_t batch = batched ? input.size(0) : 1, channels = input.size(batched ? 1 : 0);
  const Plane image{input.size(input.dim() - 2), input.size(input.dim() - 1)}, blocks = blocks_over(image, w);
  if (blocks.height < 1 || blocks.width < 1)
    // PyTorch prints the height twice here.
    fail("Given input with spatial size (", image.height, ", ", image.height, "), ", window_text(w),
         ", calculated shape of the array of sliding blocks as (", blocks.height, ", ", blocks.width,
         "), but its components must be at least one.");
  check_dtype(input, "im2col_out_cpu");
  const int64_t rows = channels * w.kernel_h * w.kernel_w, positions = blocks.height * blocks.width;
  Tensor x = contiguous_copy(input);
  Tensor result = empty(batched ? Shape{batch, rows, positions} : Shape{rows, positions}, input.dtype());
  dispatch_floating(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    for (int64_t n = 0; n < batch; ++n)
      gb::im2col(x.data<T>() + n * channels * image.height * image.width, channels, image, blocks, w,
                 result.data<T>() + n * rows * positions);
  });
  if (needs_grad(input))
    record("Im2ColBackward0", result, {input}, {}, [o, image](const BackwardContext& c) {
      return Grads{col2im(c.grad(), {image.height, image.width}, o)};
    });
  return result;
}

Tensor col2im(const Tensor& input, const Shape& output_size, const BlockOptions& o) {
  const Window w = window_of(o);
  check_window(w, true);
  const bool batched = input.dim() == 3;
  if (!((input.dim() == 2 && input.size(0) != 0 && input.size(1) != 0) ||
        (batched && input.size(1) != 0 && input.size(2) != 0)))
    fail("Expected 2D or 3D (batch mode) tensor for input with possibly 0 batch size and non-zero dimensions for "
         "input, but got: ", shape_str(input.shape()));
  const int64_t rows = input.size(batched ? 1 : 0), positions = input.size(batched ? 2 : 1);
  const int64_t area = w.kernel_h * w.kernel_w;
  if (rows % area != 0)
    fail("Expected size of input's dimension 1 to be divisible by the product of kernel_size, but got input.size(1)=",
         rows, " and kernel_size=(", w.kernel_h, ", ", w.kernel_w, ").");
  const Plane image{output_size[0], output_size[1]}, blocks = blocks_over(image, w);
  const std::string given =
      cat("Given output_size=(", image.height, ", ", image.width, "), ", window_text(w), ", stride=(", w.stride_h,
          ", ", w.stride_w, "), ");
  if (positions != blocks.height * blocks.width)
    fail(given, "expected size of input's dimension 2 to match the calculated number of sliding blocks ",
         blocks.height, " * ", blocks.width, " = ", blocks.height * blocks.width, ", but got input.size(2)=",
         positions, ".");
  if (blocks.height < 1 || blocks.width < 1)
    fail(given, "calculated shape of the array of sliding blocks as (", blocks.height, ", ", blocks.width,
         "), which is too small (non-positive)");
  if (image.height < 1 || image.width < 1)
    fail("Expected output spatial size to be positive, but got: output_size=(", image.height, ", ", image.width, ").");
  check_dtype(input, "col2im_out_cpu");
  const int64_t batch = batched ? input.size(0) : 1, channels = rows / area;
  Tensor columns = contiguous_copy(input);
  Tensor result = zeros(batched ? Shape{batch, channels, image.height, image.width}
                                : Shape{channels, image.height, image.width},
                        input.dtype());
  dispatch_floating(columns.dtype(), [&](auto tag) {
    using T = decltype(tag);
    for (int64_t n = 0; n < batch; ++n)
      gb::col2im(columns.data<T>() + n * rows * positions, channels, image, blocks, w,
                 result.data<T>() + n * channels * image.height * image.width);
  });
  if (needs_grad(input))
    record("Col2ImBackward0", result, {input}, {}, [o](const BackwardContext& c) {
      return Grads{im2col(c.grad(), o)};
    });
  return result;
}

}  // namespace gb
