#include "kernels/max_pool.h"

#include <algorithm>

namespace gb {

namespace {

template <class T>
void planes_max(const T* in, const MaxPoolWindows& w, T* values, int64_t* indices) {
  for (int64_t plane = 0; plane < w.planes; ++plane, in += w.height * w.width)
    for (int64_t oy = 0; oy < w.out_height; ++oy)
      for (int64_t ox = 0; ox < w.out_width; ++ox) {
        int64_t y0 = oy * w.stride[0] - w.padding[0], x0 = ox * w.stride[1] - w.padding[1];
        const int64_t y1 = std::min(y0 + (w.kernel[0] - 1) * w.dilation[0] + 1, w.height);
        const int64_t x1 = std::min(x0 + (w.kernel[1] - 1) * w.dilation[1] + 1, w.width);
        while (y0 < 0) y0 += w.dilation[0];
        while (x0 < 0) x0 += w.dilation[1];
        const auto [best, at] = window_max(in, w.width, {y0, y1, w.dilation[0]}, {x0, x1, w.dilation[1]});
        *values++ = best;
        *indices++ = at;
      }
}

}  // namespace

void max_pool_planes(const float* in, const MaxPoolWindows& w, float* values, int64_t* indices) {
  planes_max(in, w, values, indices);
}

void max_pool_planes(const double* in, const MaxPoolWindows& w, double* values, int64_t* indices) {
  planes_max(in, w, values, indices);
}

}  // namespace gb
