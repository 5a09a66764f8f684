// im2col and col2im against the definition, one element at a time: column row (c, i, j) at
// output (y, x) holds pixel (y·sh − ph + i·dh, x·sw − pw + j·dw) of channel c, 0 outside the
// image; col2im adds the entries back, row by row in that order, so the float sums of
// overlapping windows must come out bit for bit the same.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "kernels/im2col.h"

using namespace gb;

namespace {

struct Case {
  Plane in;
  Window w;
};

Plane output_plane(const Case& k) {
  const Window& w = k.w;
  return {(k.in.height + 2 * w.pad_h - w.dilation_h * (w.kernel_h - 1) - 1) / w.stride_h + 1,
          (k.in.width + 2 * w.pad_w - w.dilation_w * (w.kernel_w - 1) - 1) / w.stride_w + 1};
}

// Calls f(column index, pixel index or -1 outside) for every column entry, in column order.
template <class F>
void for_each_entry(const Case& k, int64_t channels, F f) {
  const Window& w = k.w;
  const Plane out = output_plane(k);
  int64_t at = 0;
  for (int64_t c = 0; c < channels; ++c)
    for (int64_t i = 0; i < w.kernel_h; ++i)
      for (int64_t j = 0; j < w.kernel_w; ++j)
        for (int64_t y = 0; y < out.height; ++y)
          for (int64_t x = 0; x < out.width; ++x, ++at) {
            const int64_t iy = y * w.stride_h - w.pad_h + i * w.dilation_h;
            const int64_t ix = x * w.stride_w - w.pad_w + j * w.dilation_w;
            const bool inside = iy >= 0 && iy < k.in.height && ix >= 0 && ix < k.in.width;
            f(at, inside ? (c * k.in.height + iy) * k.in.width + ix : -1);
          }
}

const Case cases[] = {
    {{6, 7}, {3, 3, 1, 1, 0, 0, 1, 1}},  // LeNet's shape of window
    {{6, 7}, {3, 2, 2, 3, 1, 2, 1, 1}},  // strided, padded
    {{5, 9}, {2, 3, 1, 2, 2, 4, 2, 3}},  // dilated, padding wider than some kernel offsets reach
    {{4, 3}, {1, 5, 1, 1, 0, 3, 1, 2}},  // kernel columns whose every pixel is padding
};

}  // namespace

TEST_CASE("im2col copies each window's pixels and zeros for the padding") {
  const int64_t channels = 2;
  for (const Case& k : cases) {
    const Plane out = output_plane(k);
    std::vector<float> image(size_t(channels * k.in.height * k.in.width));
    for (size_t p = 0; p < image.size(); ++p) image[p] = float(p + 1);
    std::vector<float> columns(size_t(channels * k.w.kernel_h * k.w.kernel_w * out.height * out.width), -1.0f);
    im2col(image.data(), channels, k.in, out, k.w, columns.data());
    for_each_entry(k, channels, [&](int64_t at, int64_t pixel) {
      CHECK(columns[size_t(at)] == (pixel < 0 ? 0.0f : image[size_t(pixel)]));
    });
  }
}

TEST_CASE("col2im adds the entries onto their pixels in column order, bit for bit") {
  const int64_t channels = 2;
  for (const Case& k : cases) {
    const Plane out = output_plane(k);
    std::vector<float> columns(size_t(channels * k.w.kernel_h * k.w.kernel_w * out.height * out.width));
    for (size_t p = 0; p < columns.size(); ++p) columns[p] = float(std::sin(double(p) * 1.7));
    std::vector<float> image(size_t(channels * k.in.height * k.in.width), 0.25f), expected = image;
    col2im(columns.data(), channels, k.in, out, k.w, image.data());
    for_each_entry(k, channels, [&](int64_t at, int64_t pixel) {
      if (pixel >= 0) expected[size_t(pixel)] += columns[size_t(at)];
    });
    CHECK(image == expected);
  }
}
