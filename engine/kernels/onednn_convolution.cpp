// oneDNN's rounding order for a float32 convolution (see the header). Each chain runs over a
// row of output (or input) positions at once, so the fused multiply-adds vectorise; every
// position still sees its terms in oneDNN's order. Taps that fall on the zero padding are
// skipped: their product is ±0 and a chain from +0 never becomes −0, so they change nothing.
#include "kernels/onednn_convolution.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "kernels/fused_chain.h"
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

namespace {

// Computed by fused_row.h, one tap at a time over the columns it covers.
void forward_by_rows(const OnednnConvolution& c, const float* x, const float* weight, const float* bias, float* y) {
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

void input_grad_by_rows(const OnednnConvolution& c, const float* grad, const float* weight, float* dx) {
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
void weight_grad_by_rows(const OnednnConvolution& c, const float* x, const float* grad, float* dweight) {
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

// Computed by a fused-chain kernel (kernels/fused_chain.h), each chain's taps listed once and
// run over a whole row, four lanes at a time. The taps read a copy of the rows with zeros around
// them, so every tap spans the row: where the rows above skip a tap (its pixel in the padding)
// this adds a term 0·w, which leaves a chain from +0 as it was (such a chain is never −0). Only a
// w that is not finite would make it NaN, and those convolutions are computed by the rows above.
// The lanes past the row's end (up to a multiple of 4) compute on zeros or neighbouring pixels and
// are dropped.

int64_t whole_vectors(int64_t count) { return (count + 3) / 4 * 4; }

bool all_finite(const float* values, int64_t count) {
  for (int64_t k = 0; k < count; ++k)
    if (!std::isfinite(values[k])) return false;
  return true;
}

int32_t narrow(int64_t count) { return static_cast<int32_t>(count); }

// `rows` rows of `width` floats, one after another, to rows `stride` apart from `dst`.
void copy_rows(const float* src, int64_t rows, int64_t width, float* dst, int64_t stride) {
  for (int64_t r = 0; r < rows; ++r) std::copy(src + r * width, src + (r + 1) * width, dst + r * stride);
}

// The weights in the chains' order: per group, per channel a chain is for (an output channel
// forward, an input channel for the input gradient) and per block of the channels it runs over,
// (kernel row, kernel column, channel).
struct ChainWeights {
  int64_t chains, over, area;
  std::vector<float> values;
  // chain a's of group g, over the block of channels from `first`
  const float* block(int64_t g, int64_t a, int64_t first) const {
    return values.data() + ((g * chains + a) * over + first) * area;
  }
};

ChainWeights weights_in_chain_order(const OnednnConvolution& c, const float* weight, int64_t block, bool for_input_grad) {
  const Window& w = c.window;
  const Index at{c};
  const int64_t chains = for_input_grad ? c.in_channels : c.out_channels;
  const int64_t over = for_input_grad ? c.out_channels : c.in_channels, area = w.kernel_h * w.kernel_w;
  ChainWeights ordered{chains, over, area, std::vector<float>(size_t(c.groups * chains * over * area))};
  float* dst = ordered.values.data();
  for (int64_t g = 0; g < c.groups; ++g)
    for (int64_t a = 0; a < chains; ++a)
      for (int64_t first = 0; first < over; first += block)
        for (int64_t i = 0; i < w.kernel_h; ++i)
          for (int64_t j = 0; j < w.kernel_w; ++j)
            for (int64_t b = first; b < std::min(over, first + block); ++b)
              *dst++ = weight[for_input_grad ? at.w(g, b, a, i, j) : at.w(g, a, b, i, j)];
  return ordered;
}

void forward_by_kernel(FusedChainKernel kernel, const OnednnConvolution& c, const float* x, const float* weight,
                       const float* bias, float* y) {
  const Window& w = c.window;
  const Index at{c};
  const bool from_bias = pointwise_kernel(c);
  const int64_t block = from_bias ? c.in_channels : channel_block(c), area = w.kernel_h * w.kernel_w;
  const int64_t out_width = c.out.width, lanes = whole_vectors(out_width);
  const int64_t row_length = std::max(lanes + (w.kernel_w - 1) * w.dilation_w, w.pad_w + c.in.width);
  const ChainWeights ordered = weights_in_chain_order(c, weight, block, false);
  std::vector<float> padded(size_t(c.in_channels * c.in.height * row_length));
  std::vector<float> sum(static_cast<size_t>(lanes));
  std::vector<const float*> sources(size_t(area * block));
  for (int64_t n = 0; n < c.batch; ++n)
    for (int64_t g = 0; g < c.groups; ++g) {
      copy_rows(x + at.x(n, g, 0), c.in_channels * c.in.height, c.in.width, padded.data() + w.pad_w, row_length);
      for (int64_t first = 0; first < c.in_channels; first += block) {
        const int64_t channels = std::min(block, c.in_channels - first);
        for (int64_t oh = 0; oh < c.out.height; ++oh) {
          // the kernel rows that fall inside the image: one run [top, bottom)
          int64_t top = w.kernel_h, bottom = 0;
          for (int64_t i = 0; i < w.kernel_h; ++i) {
            const int64_t ih = oh * w.stride_h - w.pad_h + i * w.dilation_h;
            if (ih < 0 || ih >= c.in.height) continue;
            top = std::min(top, i);
            bottom = i + 1;
            for (int64_t j = 0; j < w.kernel_w; ++j)
              for (int64_t ch = 0; ch < channels; ++ch)
                sources[size_t((i * w.kernel_w + j) * channels + ch)] =
                    padded.data() + ((first + ch) * c.in.height + ih) * row_length + j * w.dilation_w;
          }
          const int64_t skipped = top * w.kernel_w * channels, taps = std::max<int64_t>(0, bottom - top) * w.kernel_w * channels;
          for (int64_t o = 0; o < c.out_channels; ++o) {
            float* row = y + at.y(n, g, o) + oh * out_width;
            const float b = bias ? bias[g * c.out_channels + o] : 0.0f;
            std::fill(sum.begin(), sum.end(), from_bias ? b : 0.0f);
            if (taps > 0)
              kernel(sum.data(), narrow(lanes), narrow(taps), sources.data() + skipped, ordered.block(g, o, first) + skipped);
            for (int64_t p = 0; p < out_width; ++p) {
              const float s = sum[size_t(p)];
              row[p] = from_bias ? s : first > 0 ? s + row[p] : bias ? s + b : s;
            }
          }
        }
      }
    }
}

// Unit strides only: the output rows a kernel row reaches from one input row are then one run.
void input_grad_by_kernel(FusedChainKernel kernel, const OnednnConvolution& c, const float* grad, const float* weight,
                          float* dx) {
  const Window& w = c.window;
  const Index at{c};
  const int64_t block = pointwise_kernel(c) ? c.out_channels : channel_block(c), area = w.kernel_h * w.kernel_w;
  const int64_t in_width = c.in.width, lanes = whole_vectors(in_width);
  // zeros before each gradient row, so that the leftmost tap's first term is inside the copy
  const int64_t left = std::max<int64_t>(0, (w.kernel_w - 1) * w.dilation_w - w.pad_w);
  const int64_t row_length = std::max(lanes + w.pad_w + left, left + c.out.width);
  const ChainWeights ordered = weights_in_chain_order(c, weight, block, true);
  std::vector<float> padded(size_t(c.out_channels * c.out.height * row_length));
  std::vector<float> sum(static_cast<size_t>(lanes));
  std::vector<const float*> sources(size_t(area * block));
  for (int64_t n = 0; n < c.batch; ++n)
    for (int64_t g = 0; g < c.groups; ++g) {
      copy_rows(grad + at.y(n, g, 0), c.out_channels * c.out.height, c.out.width, padded.data() + left, row_length);
      for (int64_t first = 0; first < c.out_channels; first += block) {
        const int64_t outs = std::min(block, c.out_channels - first);
        for (int64_t ih = 0; ih < c.in.height; ++ih) {
          int64_t top = w.kernel_h, bottom = 0;
          for (int64_t i = 0; i < w.kernel_h; ++i) {
            const int64_t oh = ih + w.pad_h - i * w.dilation_h;
            if (oh < 0 || oh >= c.out.height) continue;
            top = std::min(top, i);
            bottom = i + 1;
            for (int64_t j = 0; j < w.kernel_w; ++j)
              for (int64_t o = 0; o < outs; ++o)
                sources[size_t((i * w.kernel_w + j) * outs + o)] =
                    padded.data() + ((first + o) * c.out.height + oh) * row_length + left + w.pad_w - j * w.dilation_w;
          }
          const int64_t skipped = top * w.kernel_w * outs, taps = std::max<int64_t>(0, bottom - top) * w.kernel_w * outs;
          for (int64_t ch = 0; ch < c.in_channels; ++ch) {
            float* row = dx + at.x(n, g, ch) + ih * in_width;
            std::fill(sum.begin(), sum.end(), 0.0f);
            if (taps > 0)
              kernel(sum.data(), narrow(lanes), narrow(taps), sources.data() + skipped, ordered.block(g, ch, first) + skipped);
            for (int64_t p = 0; p < in_width; ++p) row[p] = first > 0 ? sum[size_t(p)] + row[p] : sum[size_t(p)];
          }
        }
      }
    }
}

// A chain per (tap, out channel) over the positions, the out channels in the kernel's lanes: the
// gradient is taken position-major ([position, out channel], padded to whole vectors with zeros)
// and the taps' pixels come from im2col (zeros in the padding).
void weight_grad_by_kernel(FusedChainKernel kernel, const OnednnConvolution& c, const float* x, const float* grad,
                           float* dweight) {
  const Window& w = c.window;
  const Index at{c};
  const int64_t positions = c.out.height * c.out.width, outs = c.out_channels, lanes = whole_vectors(outs);
  const int64_t taps = c.in_channels * w.kernel_h * w.kernel_w;
  const bool per_image = pointwise_kernel(c);
  std::vector<float> by_position(size_t(positions * lanes)), columns(size_t(taps * positions));
  std::vector<float> total(size_t(taps * lanes)), image(size_t(taps * lanes));
  std::vector<const float*> sources(static_cast<size_t>(positions));
  for (int64_t p = 0; p < positions; ++p) sources[size_t(p)] = by_position.data() + p * lanes;
  for (int64_t g = 0; g < c.groups; ++g) {
    std::fill(total.begin(), total.end(), 0.0f);
    for (int64_t n = 0; n < c.batch; ++n) {
      for (int64_t o = 0; o < outs; ++o)
        for (int64_t p = 0; p < positions; ++p) by_position[size_t(p * lanes + o)] = grad[at.y(n, g, o) + p];
      im2col(x + at.x(n, g, 0), c.in_channels, c.in, c.out, w, columns.data());
      float* sums = per_image ? image.data() : total.data();
      if (per_image) std::fill(image.begin(), image.end(), 0.0f);
      for (int64_t t = 0; t < taps; ++t)
        kernel(sums + t * lanes, narrow(lanes), narrow(positions), sources.data(), columns.data() + t * positions);
      if (per_image)
        for (size_t k = 0; k < total.size(); ++k) total[k] = image[k] + total[k];
    }
    for (int64_t t = 0; t < taps; ++t)
      for (int64_t o = 0; o < outs; ++o) dweight[(g * outs + o) * taps + t] = total[size_t(t * lanes + o)];
  }
}

int64_t weight_count(const OnednnConvolution& c) {
  return c.groups * c.out_channels * c.in_channels * c.window.kernel_h * c.window.kernel_w;
}

}  // namespace

void onednn_convolution_forward(const OnednnConvolution& c, const float* x, const float* weight, const float* bias,
                                float* y) {
  const FusedChainKernel kernel = fused_chain_kernel();
  if (kernel && c.window.stride_w == 1 && !depthwise(c) && all_finite(weight, weight_count(c)))
    forward_by_kernel(kernel, c, x, weight, bias, y);
  else
    forward_by_rows(c, x, weight, bias, y);
}

void onednn_convolution_input_grad(const OnednnConvolution& c, const float* grad, const float* weight, float* dx) {
  const FusedChainKernel kernel = fused_chain_kernel();
  if (kernel && c.window.stride_h == 1 && c.window.stride_w == 1 && all_finite(weight, weight_count(c)))
    input_grad_by_kernel(kernel, c, grad, weight, dx);
  else
    input_grad_by_rows(c, grad, weight, dx);
}

void onednn_convolution_weight_grad(const OnednnConvolution& c, const float* x, const float* grad, float* dweight) {
  const FusedChainKernel kernel = fused_chain_kernel();
  if (kernel && all_finite(grad, c.batch * c.groups * c.out_channels * c.out.height * c.out.width))
    weight_grad_by_kernel(kernel, c, x, grad, dweight);
  else
    weight_grad_by_rows(c, x, grad, dweight);
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
