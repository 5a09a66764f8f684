#pragma once
// The geometry of views that pick a region (select, slice), shared by the view ops, their
// backward formulas and indexing; and as_view, which every view op makes its result with.
#include "tensor/tensor.h"

namespace gb {

// `dim` and `index` already wrapped into range.
Geometry select_geometry(const Geometry& g, int64_t dim, int64_t index);
// 0 <= start <= end <= size, step > 0.
Geometry slice_geometry(const Geometry& g, int64_t dim, int64_t start, int64_t end, int64_t step);

// A view of `t` with geometry `g` (no history yet); remembers whether it was made in no-grad mode.
Tensor as_view(const Tensor& t, const Geometry& g);

}  // namespace gb
