#pragma once
// The sliding-window geometry shared by convolutions and pooling, and the copies between an
// image and its "columns": for a kernel of kh×kw over a [C, H, W] image, column row
// (c, i, j) holds, for every output position (y, x), the pixel at
// (y·sh − ph + i·dh, x·sw − pw + j·dw) of channel c (0 outside the image). A convolution is
// then one matrix product with the columns, which is how PyTorch's CPU convolution computes.
#include <algorithm>
#include <cstdint>

namespace gb {

struct Window {
  int64_t kernel_h, kernel_w, stride_h, stride_w, pad_h, pad_w, dilation_h, dilation_w;
};

struct Plane {
  int64_t height, width;
};

// For kernel column j: output column x reads pixel x·sw − shift of its row, and the x in
// [begin, end) are those whose pixel lies inside a row of `width` pixels; found once per
// kernel column, so the copies below need no test per element.
struct InsideColumns {
  int64_t begin, end, shift;
};

inline InsideColumns inside_columns(int64_t j, int64_t width, int64_t out_width, const Window& w) {
  const int64_t shift = w.pad_w - j * w.dilation_w;
  auto first_at_least = [&](int64_t bound) {     // the least x ≥ 0 with x·sw ≥ bound
    return bound <= 0 ? 0 : (bound + w.stride_w - 1) / w.stride_w;
  };
  const int64_t begin = std::min(first_at_least(shift), out_width);
  return {begin, std::max(begin, std::min(first_at_least(width + shift), out_width)), shift};
}

// image [C, in.height, in.width] → columns [C·kh·kw, out.height·out.width]
template <class T>
void im2col(const T* image, int64_t channels, Plane in, Plane out, const Window& w, T* columns) {
  const int64_t positions = out.height * out.width;
  for (int64_t c = 0; c < channels; ++c)
    for (int64_t i = 0; i < w.kernel_h; ++i)
      for (int64_t j = 0; j < w.kernel_w; ++j) {
        T* row = columns + ((c * w.kernel_h + i) * w.kernel_w + j) * positions;
        const T* plane = image + c * in.height * in.width;
        const InsideColumns inside = inside_columns(j, in.width, out.width, w);
        const int64_t shift = inside.shift;
        for (int64_t y = 0; y < out.height; ++y) {
          const int64_t iy = y * w.stride_h - w.pad_h + i * w.dilation_h;
          T* dst = row + y * out.width;
          if (iy < 0 || iy >= in.height) {
            std::fill_n(dst, out.width, T(0));
            continue;
          }
          const T* src = plane + iy * in.width;
          std::fill_n(dst, inside.begin, T(0));
          if (w.stride_w == 1)
            std::copy(src + inside.begin - shift, src + inside.end - shift, dst + inside.begin);
          else
            for (int64_t x = inside.begin; x < inside.end; ++x) dst[x] = src[x * w.stride_w - shift];
          std::fill(dst + inside.end, dst + out.width, T(0));
        }
      }
}

// The adjoint: adds every column entry onto its pixel of image [C, in.height, in.width]
// (which the caller has zeroed or filled), column row by column row as PyTorch's col2im
// does, so overlapping windows add up in the same order.
template <class T>
void col2im(const T* columns, int64_t channels, Plane in, Plane out, const Window& w, T* image) {
  const int64_t positions = out.height * out.width;
  for (int64_t c = 0; c < channels; ++c)
    for (int64_t i = 0; i < w.kernel_h; ++i)
      for (int64_t j = 0; j < w.kernel_w; ++j) {
        const T* row = columns + ((c * w.kernel_h + i) * w.kernel_w + j) * positions;
        T* plane = image + c * in.height * in.width;
        const InsideColumns inside = inside_columns(j, in.width, out.width, w);
        const int64_t shift = inside.shift;
        for (int64_t y = 0; y < out.height; ++y) {
          const int64_t iy = y * w.stride_h - w.pad_h + i * w.dilation_h;
          if (iy < 0 || iy >= in.height) continue;
          const T* src = row + y * out.width;
          T* dst = plane + iy * in.width;
          for (int64_t x = inside.begin; x < inside.end; ++x) dst[x * w.stride_w - shift] += src[x];
        }
      }
}

}  // namespace gb
