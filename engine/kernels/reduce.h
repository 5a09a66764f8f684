#pragma once
// Folding an input into a smaller output: the output is addressed with input-shaped
// strides that are 0 along the reduced dims, so every input element meets its output slot.
#include "kernels/strided_loop.h"

namespace gb {

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
