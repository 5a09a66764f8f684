#pragma once
// Max pooling's windows as PyTorch's CPU kernel chooses in them: the first largest value (nan
// wins) and its flat index in the plane. max_pool_planes lives in kernels/ so that the
// WebAssembly build compiles it for speed (ops/ is built for size, at which it cost a LeNet-sized
// training step more time than its convolutions).
#include <cstdint>
#include <limits>
#include <utility>

namespace gb {

// A window's rows or columns: first, end (exclusive), step.
struct Span {
  int64_t begin, end, step;
};

// The choice is written as selects, not a branch: on data without order a branch is mispredicted
// about every other element (measured natively: a third of a LeNet step's pooling time).
template <class T>
std::pair<T, int64_t> window_max(const T* in, int64_t width, Span rows, Span columns) {
  T best = -std::numeric_limits<T>::infinity();
  int64_t at = rows.begin * width + columns.begin;
  for (int64_t y = rows.begin; y < rows.end; y += rows.step)
    for (int64_t x = columns.begin; x < columns.end; x += columns.step) {
      const T v = in[y * width + x];
      const bool take = (v > best) | (v != v);  // `|`, not `||`: no short circuit, so no branch
      best = take ? v : best;
      at = take ? y * width + x : at;
    }
  return {best, at};
}

// planes planes of height × width pooled to out_height × out_width windows; per dimension
// (rows, columns) the kernel size, stride, padding and dilation.
struct MaxPoolWindows {
  int64_t planes, height, width, out_height, out_width;
  int64_t kernel[2], stride[2], padding[2], dilation[2];
};

void max_pool_planes(const float* in, const MaxPoolWindows& w, float* values, int64_t* indices);
void max_pool_planes(const double* in, const MaxPoolWindows& w, double* values, int64_t* indices);

}  // namespace gb
