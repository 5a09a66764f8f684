#pragma once
// The sliding-window geometry shared by convolutions and pooling, and the copies between an
// image and its "columns": for a kernel of kh×kw over a [C, H, W] image, column row
// (c, i, j) holds, for every output position (y, x), the pixel at
// (y·sh − ph + i·dh, x·sw − pw + j·dw) of channel c (0 outside the image). A convolution is
// then one matrix product with the columns, which is how PyTorch's CPU convolution computes.
#include <cstdint>

namespace gb {

struct Window {
  int64_t kernel_h, kernel_w, stride_h, stride_w, pad_h, pad_w, dilation_h, dilation_w;
};

struct Plane {
  int64_t height, width;
};

// image [C, in.height, in.width] → columns [C·kh·kw, out.height·out.width]
template <class T>
void im2col(const T* image, int64_t channels, Plane in, Plane out, const Window& w, T* columns) {
  const int64_t positions = out.height * out.width;
  for (int64_t c = 0; c < channels; ++c)
    for (int64_t i = 0; i < w.kernel_h; ++i)
      for (int64_t j = 0; j < w.kernel_w; ++j) {
        T* row = columns + ((c * w.kernel_h + i) * w.kernel_w + j) * positions;
        const T* plane = image + c * in.height * in.width;
        for (int64_t y = 0; y < out.height; ++y) {
          const int64_t iy = y * w.stride_h - w.pad_h + i * w.dilation_h;
          T* dst = row + y * out.width;
          if (iy < 0 || iy >= in.height) {
            for (int64_t x = 0; x < out.width; ++x) dst[x] = T(0);
            continue;
          }
          const T* src = plane + iy * in.width;
          for (int64_t x = 0; x < out.width; ++x) {
            const int64_t ix = x * w.stride_w - w.pad_w + j * w.dilation_w;
            dst[x] = ix >= 0 && ix < in.width ? src[ix] : T(0);
          }
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
        for (int64_t y = 0; y < out.height; ++y) {
          const int64_t iy = y * w.stride_h - w.pad_h + i * w.dilation_h;
          if (iy < 0 || iy >= in.height) continue;
          const T* src = row + y * out.width;
          T* dst = plane + iy * in.width;
          for (int64_t x = 0; x < out.width; ++x) {
            const int64_t ix = x * w.stride_w - w.pad_w + j * w.dilation_w;
            if (ix >= 0 && ix < in.width) dst[ix] += src[x];
          }
        }
      }
}

}  // namespace gb
