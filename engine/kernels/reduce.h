#pragma once
// Folding an input into a smaller output: the output is addressed with input-shaped
// strides that are 0 along the reduced dims, so every input element meets its output slot.
#include <algorithm>
#include <type_traits>
#include <vector>

#include "kernels/strided_loop.h"

namespace gb {

// Σ x[0..n) of float32, accumulated in float64: never less accurate than PyTorch's float
// cascade sum, and rounded once at the end. Vectorised under wasm SIMD.
double sum_f32_as_f64(const float* x, int64_t n);

// out[j] = Σ in[i] over the input elements i that map to output slot j (out is dense and
// keepdim-shaped; out_strides are the input-shaped strides of reduced_strides). float32
// sums accumulate in float64; other types in their own type.
template <class T>
void sum_kernel(T* out, int64_t out_numel, const Shape& out_strides, const T* in, const Shape& shape,
                const Shape& in_strides) {
  using Acc = std::conditional_t<std::is_same_v<T, float>, double, T>;
  Acc* acc;
  if constexpr (std::is_same_v<Acc, T>) {
    acc = out;
    std::fill_n(out, out_numel, T(0));
  } else {
    static std::vector<Acc> wide;  // the engine runs on one thread
    wide.assign(size_t(out_numel), Acc(0));
    acc = wide.data();
  }
  strided_loop<2>(shape, {out_strides, in_strides}, [&](const auto& off, int64_t n, const auto& s) {
    Acc* o = acc + off[0];
    const T* x = in + off[1];
    if constexpr (std::is_same_v<T, float>) {
      if (s[0] == 0 && s[1] == 1) {
        *o += sum_f32_as_f64(x, n);
        return;
      }
    }
    if (s[0] == 0) {
      Acc a = *o;
      for (int64_t i = 0; i < n; ++i) a += Acc(x[i * s[1]]);
      *o = a;
    } else {
      for (int64_t i = 0; i < n; ++i) o[i * s[0]] += Acc(x[i * s[1]]);
    }
  });
  if constexpr (!std::is_same_v<Acc, T>)
    for (int64_t j = 0; j < out_numel; ++j) out[j] = T(acc[j]);
}

// out[j] = f(out[j], in[i]) for every input element i that maps to output slot j; the caller
// initialises out. A run that stays on one slot accumulates in a register.
template <class O, class I, class F>
void fold_kernel(O* out, const Shape& out_strides, const I* in, const Shape& shape, const Shape& in_strides, F f) {
  strided_loop<2>(shape, {out_strides, in_strides}, [&](const auto& off, int64_t n, const auto& s) {
    O* o = out + off[0];
    const I* x = in + off[1];
    if (s[0] == 0) {
      O acc = *o;
      for (int64_t i = 0; i < n; ++i) acc = f(acc, x[i * s[1]]);
      *o = acc;
    } else {
      for (int64_t i = 0; i < n; ++i) o[i * s[0]] = f(o[i * s[0]], x[i * s[1]]);
    }
  });
}

// The strides of a keepdim-shaped output seen from the input's shape: 0 on reduced dims.
inline Shape reduced_strides(const Shape& in_shape, uint64_t mask) {
  Shape kept(in_shape);
  for (size_t d = 0; d < kept.size(); ++d)
    if (mask >> d & 1) kept[d] = 1;
  Shape strides = contiguous_strides(kept);
  for (size_t d = 0; d < kept.size(); ++d)
    if (mask >> d & 1) strides[d] = 0;
  return strides;
}

}  // namespace gb
