#pragma once
// Views that pick a region of their input (select, slice, diagonal) and their gradients. A
// `region` replays the view's geometry on the geometry of any tensor of the input's shape. The
// gradient is zero outside the region and the incoming gradient inside, recorded as PyTorch's
// select_backward, slice_backward, diagonal_backward: a node named <View>BackwardBackward0
// whose own gradient is the region picked again, so gradients of gradients pass through.
#include <string>

#include "autograd/record.h"
#include "ops/ops.h"
#include "ops/view_geometry.h"

namespace gb {

template <class Region>
void record_region(const char* name, const Tensor& out, const Tensor& in, Region region);

// The view's region of `g`, recorded as the view op `name`.
template <class Region>
Tensor view_region(const char* name, const Tensor& g, Region region) {
  Tensor out = as_view(g, region(geometry_of(g)));
  if (needs_grad(g)) record_region(name, out, g, region);
  return out;
}

// Zeros of `shape` with `grad` written into the region.
template <class Region>
Tensor region_backward(const char* name, const Tensor& grad, const Shape& shape, Region region) {
  Tensor g = zeros(shape, grad.dtype());
  Geometry r = region(geometry_of(g));
  copy_values(make_view(g, r.shape, r.strides, r.offset), grad);
  if (needs_grad(grad)) {
    std::string view_name(name);
    record(view_name.substr(0, view_name.size() - 1) + "Backward0", g, {grad}, {},
           [name, region](const BackwardContext& c) { return Grads{view_region(name, c.grad(), region)}; });
  }
  return g;
}

// Makes `out`, the view of `in`, the output of the view op `name`.
template <class Region>
void record_region(const char* name, const Tensor& out, const Tensor& in, Region region) {
  record(name, out, {in}, {}, [name, shape = in.shape(), region](const BackwardContext& c) {
    return Grads{region_backward(name, c.grad(), shape, region)};
  });
}

}  // namespace gb
