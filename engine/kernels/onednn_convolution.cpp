// oneDNN's rounding order for a float32 convolution (see the header). Each chain runs over a
// row of output (or input) positions at once, so the fused multiply-adds vectorise; every
// position still sees its terms in oneDNN's order. Taps that fall on the zero padding are
// skipped: their product is ±0 and a chain from +0 never becomes −0, so they change nothing.
#include "kernels/onednn_convolution.h"

#include <algorithm>
#include <vector>

#include "kernels/fused_row.h"

namespace gb {

namespace {

bool dilated(const Window& w) { return w.dilation_h != 1 || w.dilation_w != 1; }

bool depthwise(const OnednnConvolution& c) { return c.groups > 1 && c.in_channels == 1 && c.out_channels == 1; }

// oneDNN's 1×1 kernel takes a 1×1 convolution without padding whose strides are whole: each
// output size × stride is the input size (it then runs it unit-stride over a copied input).
// Other 1×1 convolutions go to the general kernel.
bool pointwise_kernel(const OnednnConvolution& c) {
  const Window& w = c.window;
  return w.kernel_h == 1 && w.kernel_w == 1 && w.pad_h == 0 && w.pad_w == 0 &&
         c.out.height * w.stride_h == c.in.height && c.out.width * w.stride_w == c.in.width;
}

// The channels one chain covers: the avx512 kernels keep 16 a block, padding an ungrouped
// convolution's channels up to it; a group's channels cannot be padded, so groups of 8 (not 16)
// run on the avx2 kernels' blocks of 8.
int64_t channel_block(const OnednnConvolution& c) {
  if (c.groups == 1 || (c.in_channels % 16 == 0 && c.out_channels % 16 == 0)) return 16;
  return 8;
}

struct Index {
  const OnednnConvolution& c;
  int64_t x(int64_t n, int64_t g, int64_t ch) const {  // the start of an input plane
    return ((n * c.groups + g) * c.in_channels + ch) * c.in.height * c.in.width;
  }
  int64_t y(int64_t n, int64_t g, int64_t o) const {  // the start of an output plane
    return ((n * c.groups + g) * c.out_channels + o) * c.out.height * c.out.width;
  }
  int64_t w(int64_t g, int64_t o, int64_t ch, int64_t i, int64_t j) const {
    return (((g * c.out_channels + o) * c.in_channels + ch) * c.window.kernel_h + i) * c.window.kernel_w + j;
  }
};

}  // namespace

bool onednn_order_known(const OnednnConvolution& c) {
  const Window& w = c.window;
  if (w.kernel_h == 1 && w.kernel_w == 1) return c.groups == 1 && w.pad_h == 0 && w.pad_w == 0;
  return c.groups == 1 || depthwise(c) || (c.in_channels % 8 == 0 && c.out_channels % 8 == 0);
}

bool onednn_parameter_grads_known(const OnednnConvolution& c) { return onednn_order_known(c) && !dilated(c.window); }

void onednn_convolution_forward(const OnednnConvolution& c, const float* x, const float* weight, const float* bias,
                                float* y) {
  const Window& w = c.window;
  const Index at{c};
  const int64_t out_width = c.out.width, block = channel_block(c);
  const bool from_bias = pointwise_kernel(c) || depthwise(c);
  std::vector<float> block_sum(static_cast<size_t>(out_width));
  for (int64_t n = 0; n < c.batch; ++n)
    for (int64_t g = 0; g < c.groups; ++g)
      for (int64_t o = 0; o < c.out_channels; ++o)
        for (int64_t oh = 0; oh < c.out.height; ++oh) {
          float* row = y + at.y(n, g, o) + oh * out_width;
          const float b = bias ? bias[g * c.out_channels + o] : 0.0f;
          // sum[x] = fused chain over the taps of channels [first, last), in (i, j, channel) order
          auto chain = [&](int64_t first, int64_t last, float* sum) {
            for (int64_t i = 0; i < w.kernel_h; ++i) {
              const int64_t ih = oh * w.stride_h - w.pad_h + i * w.dilation_h;
              if (ih < 0 || ih >= c.in.height) continue;
              for (int64_t j = 0; j < w.kernel_w; ++j) {
                const InsideColumns cols = inside_columns(j, c.in.width, out_width, w);
                for (int64_t ch = first; ch < last; ++ch)
                  fused_multiply_add_row(cols.end - cols.begin, weight[at.w(g, o, ch, i, j)],
                                         x + at.x(n, g, ch) + ih * c.in.width + cols.begin * w.stride_w - cols.shift,
                                         w.stride_w, sum + cols.begin, 1);
              }
            }
          };
          if (from_bias) {
            std::fill_n(row, out_width, b);
            chain(0, c.in_channels, row);
            continue;
          }
          for (int64_t first = 0; first < c.in_channels; first += block) {
            float* sum = first == 0 ? row : block_sum.data();
            std::fill_n(sum, out_width, 0.0f);
            chain(first, std::min(c.in_channels, first + block), sum);
            if (first == 0) {
              if (bias)
                for (int64_t p = 0; p < out_width; ++p) row[p] = row[p] + b;
            } else {
              for (int64_t p = 0; p < out_width; ++p) row[p] = block_sum[size_t(p)] + row[p];
            }
          }
        }
}

void onednn_convolution_input_grad(const OnednnConvolution& c, const float* grad, const float* weight, float* dx) {
  const Window& w = c.window;
  const Index at{c};
  // The 1×1 kernel's chain runs over all output channels at once.
  const int64_t in_width = c.in.width, block = pointwise_kernel(c) ? c.out_channels : channel_block(c);
  std::vector<float> block_sum(static_cast<size_t>(in_width));
  for (int64_t n = 0; n < c.batch; ++n)
    for (int64_t g = 0; g < c.groups; ++g)
      for (int64_t ch = 0; ch < c.in_channels; ++ch)
        for (int64_t ih = 0; ih < c.in.height; ++ih) {
          float* row = dx + at.x(n, g, ch) + ih * in_width;
          for (int64_t first = 0; first < c.out_channels; first += block) {
            float* sum = first == 0 ? row : block_sum.data();
            std::fill_n(sum, in_width, 0.0f);
            for (int64_t i = 0; i < w.kernel_h; ++i) {
              // the output row whose window puts kernel row i on input row ih, if any
              const int64_t shifted = ih + w.pad_h - i * w.dilation_h;
              if (shifted < 0 || shifted % w.stride_h != 0 || shifted / w.stride_h >= c.out.height) continue;
              const int64_t oh = shifted / w.stride_h;
              for (int64_t j = 0; j < w.kernel_w; ++j) {
                const InsideColumns cols = inside_columns(j, in_width, c.out.width, w);
                for (int64_t o = first; o < std::min(c.out_channels, first + block); ++o)
                  fused_multiply_add_row(cols.end - cols.begin, weight[at.w(g, o, ch, i, j)],
                                         grad + at.y(n, g, o) + oh * c.out.width + cols.begin, 1,
                                         sum + cols.begin * w.stride_w - cols.shift, w.stride_w);
              }
            }
            if (first > 0)
              for (int64_t p = 0; p < in_width; ++p) row[p] = block_sum[size_t(p)] + row[p];
          }
        }
}

// The chains run over a group's output channels at once: the gradient is taken position-major
// ([position, out channel]) and the group's weight gradient built as [in, kh, kw, out].
void onednn_convolution_weight_grad(const OnednnConvolution& c, const float* x, const float* grad, float* dweight) {
  const Window& w = c.window;
  const Index at{c};
  const int64_t out_area = c.out.height * c.out.width, outs = c.out_channels;
  const int64_t taps = c.in_channels * w.kernel_h * w.kernel_w;
  const bool per_image = pointwise_kernel(c);
  std::vector<float> by_position(size_t(out_area * outs)), total(size_t(taps * outs)), image(size_t(taps * outs));
  for (int64_t g = 0; g < c.groups; ++g) {
    std::fill(total.begin(), total.end(), 0.0f);
    for (int64_t n = 0; n < c.batch; ++n) {
      for (int64_t o = 0; o < outs; ++o)
        for (int64_t p = 0; p < out_area; ++p) by_position[size_t(p * outs + o)] = grad[at.y(n, g, o) + p];
      float* sums = per_image ? image.data() : total.data();
      if (per_image) std::fill(image.begin(), image.end(), 0.0f);
      for (int64_t oh = 0; oh < c.out.height; ++oh)
        for (int64_t ow = 0; ow < c.out.width; ++ow) {
          const float* gy = by_position.data() + (oh * c.out.width + ow) * outs;
          for (int64_t ch = 0; ch < c.in_channels; ++ch)
            for (int64_t i = 0; i < w.kernel_h; ++i) {
              const int64_t ih = oh * w.stride_h - w.pad_h + i * w.dilation_h;
              if (ih < 0 || ih >= c.in.height) continue;
              for (int64_t j = 0; j < w.kernel_w; ++j) {
                const int64_t iw = ow * w.stride_w - w.pad_w + j * w.dilation_w;
                if (iw < 0 || iw >= c.in.width) continue;
                const float pixel = x[at.x(n, g, ch) + ih * c.in.width + iw];
                fused_multiply_add_row(outs, pixel, gy, 1, sums + ((ch * w.kernel_h + i) * w.kernel_w + j) * outs, 1);
              }
            }
        }
      if (per_image)
        for (size_t k = 0; k < total.size(); ++k) total[k] = image[k] + total[k];
    }
    for (int64_t t = 0; t < taps; ++t)
      for (int64_t o = 0; o < outs; ++o) dweight[(g * outs + o) * taps + t] = total[size_t(t * outs + o)];
  }
}

void onednn_convolution_bias_grad(const OnednnConvolution& c, const float* grad, float* dbias) {
  const Index at{c};
  const int64_t out_area = c.out.height * c.out.width;
  for (int64_t g = 0; g < c.groups; ++g)
    for (int64_t o = 0; o < c.out_channels; ++o) {
      float sum = 0.0f;
      for (int64_t n = 0; n < c.batch; ++n) {
        const float* gy = grad + at.y(n, g, o);
        for (int64_t p = 0; p < out_area; ++p) sum += gy[p];
      }
      dbias[g * c.out_channels + o] = sum;
    }
}

}  // namespace gb
