// Ops that return a view: same storage, new shape/strides. Their backward reshapes or
// sums the gradient back to the input's shape.
#include <optional>

#include "autograd/record.h"
#include "ops/ops.h"
#include "tensor/error.h"

namespace gb {

namespace {

// Resolves one -1 entry and checks the element count.
Shape infer_shape(const Shape& requested, int64_t count) {
  Shape shape = requested;
  std::optional<size_t> inferred;
  int64_t known = 1;
  for (size_t i = 0; i < shape.size(); ++i) {
    if (shape[i] == -1) {
      if (inferred) fail("only one dimension can be inferred");
      inferred = i;
    } else if (shape[i] < 0) {
      fail("invalid shape dimension ", shape[i]);
    } else {
      known *= shape[i];
    }
  }
  if (inferred && known != 0 && count % known == 0) shape[*inferred] = count / known;
  else if (inferred || known != count) fail("shape '", shape_str(requested), "' is invalid for input of size ", count);
  return shape;
}

// Strides that read `old` data as `shape` without copying, if such strides exist: each run of
// old dims that are contiguous among themselves must split into whole new dims.
std::optional<Shape> view_strides(const Shape& old_shape, const Shape& old_strides, const Shape& shape) {
  Shape strides(shape.size());
  if (old_shape.empty()) {
    std::fill(strides.begin(), strides.end(), 1);
    return strides;
  }
  if (numel(old_shape) == 0) return old_shape == shape ? old_strides : contiguous_strides(shape);
  int64_t view_d = int64_t(shape.size()) - 1;
  int64_t chunk_stride = old_strides.back();
  int64_t chunk_numel = 1, view_numel = 1;
  for (int64_t d = int64_t(old_shape.size()) - 1; d >= 0; --d) {
    chunk_numel *= old_shape[d];
    bool chunk_ends = d == 0 || (old_shape[d - 1] != 1 && old_strides[d - 1] != chunk_numel * chunk_stride);
    if (!chunk_ends) continue;
    while (view_d >= 0 && (view_numel < chunk_numel || shape[view_d] == 1)) {
      strides[view_d] = view_numel * chunk_stride;
      view_numel *= shape[view_d];
      --view_d;
    }
    if (view_numel != chunk_numel) return std::nullopt;
    if (d > 0) {
      chunk_stride = old_strides[d - 1];
      chunk_numel = view_numel = 1;
    }
  }
  if (view_d != -1) return std::nullopt;
  return strides;
}

// The gradient of any reshaping view is the incoming gradient reshaped back.
void record_reshape(const char* name, const Tensor& out, const Tensor& in) {
  record(name, out, {in}, {}, [shape = in.shape()](const BackwardContext& c) { return Grads{reshape(c.grad(), shape)}; });
}

}  // namespace

// Shapes: t: [..S] → [..shape], right-aligned; -1 keeps a size, size-1 dims repeat.
// Backward: sum the gradient over the repeated dims.
Tensor expand(const Tensor& t, const Shape& shape) {
  if (shape.size() < t.shape().size())
    fail("expand(", legacy_type_name(t.dtype()), "{", shape_str(t.shape()),
         "}, size=", shape_str(shape), "): the number of sizes provided (", shape.size(),
         ") must be greater or equal to the number of dimensions in the tensor (", t.dim(), ")");
  size_t lead = shape.size() - t.shape().size();
  Shape out_shape(shape.size()), strides(shape.size(), 0);
  for (size_t d = 0; d < shape.size(); ++d) {
    if (d < lead) {
      if (shape[d] < 0) fail("The expanded size of the tensor (", shape[d], ") isn't allowed in a leading, non-existing dimension ", d);
      out_shape[d] = shape[d];
      continue;
    }
    int64_t have = t.shape()[d - lead];
    int64_t want = shape[d] == -1 ? have : shape[d];
    if (have != want && have != 1)
      fail("The expanded size of the tensor (", want, ") must match the existing size (", have,
           ") at non-singleton dimension ", d, ".  Target sizes: ", shape_str(shape), ".  Tensor sizes: ",
           shape_str(t.shape()));
    out_shape[d] = want;
    strides[d] = have == want ? t.strides()[d - lead] : 0;
  }
  Tensor out = make_view(t, out_shape, strides, t.impl()->offset);
  if (needs_grad(t))
    record("ExpandBackward0", out, {t}, {}, [shape = t.shape()](const BackwardContext& c) { return Grads{sum_to(c.grad(), shape)}; });
  return out;
}

Tensor view(const Tensor& t, const Shape& requested) {
  Shape shape = infer_shape(requested, t.numel());
  auto strides = view_strides(t.shape(), t.strides(), shape);
  if (!strides)
    fail("view size is not compatible with input tensor's size and stride (at least one dimension spans across two "
         "contiguous subspaces). Use .reshape(...) instead.");
  Tensor out = make_view(t, shape, *strides, t.impl()->offset);
  if (needs_grad(t)) record_reshape("ViewBackward0", out, t);
  return out;
}

// A view when the strides allow one, otherwise a copy (as PyTorch: clone, then view).
Tensor reshape(const Tensor& t, const Shape& requested) {
  Shape shape = infer_shape(requested, t.numel());
  if (auto strides = view_strides(t.shape(), t.strides(), shape)) {
    Tensor out = make_view(t, shape, *strides, t.impl()->offset);
    if (needs_grad(t)) record_reshape("ReshapeAliasBackward0", out, t);
    return out;
  }
  Tensor copy = clone(t);
  Tensor out = make_view(copy, shape, contiguous_strides(shape), 0);
  if (needs_grad(copy)) record_reshape("UnsafeViewBackward0", out, copy);
  return out;
}

}  // namespace gb
