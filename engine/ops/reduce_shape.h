#pragma once
// Shape algebra shared by the reductions.
//
// Reducing the dims in `mask` of t: [d0, ..., dn] gives [di for i ∉ mask], or with keepdim
// [1 at i ∈ mask, else di]. A gradient comes back by restoring the reduced dims as 1 and
// expanding to t's shape.
#include "ops/ops.h"

namespace gb {

inline Shape kept_shape(const Shape& shape, uint64_t mask, bool keepdim) {
  Shape out;
  for (size_t d = 0; d < shape.size(); ++d) {
    if (!(mask >> d & 1)) out.push_back(shape[d]);
    else if (keepdim) out.push_back(1);
  }
  return out;
}

// The dims a mask selects, in order.
inline std::vector<int64_t> mask_dims(uint64_t mask, int64_t rank) {
  std::vector<int64_t> dims;
  for (int64_t d = 0; d < rank; ++d)
    if (mask >> d & 1) dims.push_back(d);
  return dims;
}

inline int64_t reduced_count(const Shape& shape, uint64_t mask) {
  int64_t n = 1;
  for (size_t d = 0; d < shape.size(); ++d)
    if (mask >> d & 1) n *= shape[d];
  return n;
}

// Whether each result reduces one dense run of x's memory, all runs of the same length laid
// end to end: x is contiguous and the reduced dims are its last ones. PyTorch's vectorised
// reductions take their lane-wise path exactly there.
inline bool reduces_dense_runs(const Tensor& x, uint64_t mask) {
  const uint64_t lowest = mask & (~mask + 1);
  return x.is_contiguous() && x.numel() > 0 && mask + lowest == uint64_t(1) << x.dim();
}

// A reduced result (or its gradient) with the reduced dims restored as size 1.
inline Tensor restore_dims(const Tensor& r, const Shape& in_shape, uint64_t mask, bool keepdim) {
  return keepdim ? r : view(r, kept_shape(in_shape, mask, true));
}

// The gradient of a reduction, spread back over the input's shape.
inline Tensor expand_back(const Tensor& g, const Shape& in_shape, uint64_t mask, bool keepdim) {
  return expand(restore_dims(g, in_shape, mask, keepdim), in_shape);
}

}  // namespace gb

#include "kernels/strided_loop.h"

namespace gb {

// Calls f(slice, start) for every 1-D slice of a tensor along `dim`: `slice` numbers the
// slices in row-major order of the other dims, `start` is the slice's first element offset
// (its elements follow at strides[dim]). A 0-dim tensor is one slice of one element.
template <class F>
void for_each_slice(const Shape& shape, const Shape& strides, int64_t dim, F f) {
  if (shape.empty()) {
    f(int64_t{0}, int64_t{0});
    return;
  }
  Shape outer = shape;
  outer[size_t(dim)] = 1;
  strided_loop<2>(outer, {contiguous_strides(outer), strides}, [&](const auto& off, int64_t n, const auto& s) {
    for (int64_t i = 0; i < n; ++i) f(off[0] + i * s[0], off[1] + i * s[1]);
  });
}

}  // namespace gb
