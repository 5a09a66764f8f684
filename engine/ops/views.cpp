// Ops that return a view: same storage, new shape/strides/offset. Their backward moves the
// gradient back into the input's shape: reshaped, permuted back, summed over repeated dims, or
// written into a zero tensor at the region the view picked out.
#include <numeric>
#include <optional>

#include "autograd/record.h"
#include "ops/ops.h"
#include "ops/region_view.h"
#include "ops/view_geometry.h"
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
    } else if (__builtin_mul_overflow(known, shape[i], &known)) {
      fail("shape '", shape_str(requested), "' is invalid for input of size ", count);
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

Geometry transpose_geometry(const Geometry& g, int64_t d0, int64_t d1) {
  Geometry out = g;
  std::swap(out.shape[d0], out.shape[d1]);
  std::swap(out.strides[d0], out.strides[d1]);
  return out;
}

// Shapes: [d0..dn] with dims removed where `drop(d)`.
template <class Drop>
Geometry squeeze_geometry(const Geometry& g, Drop drop) {
  Geometry out{{}, {}, g.offset};
  for (size_t d = 0; d < g.shape.size(); ++d) {
    if (drop(int64_t(d))) continue;
    out.shape.push_back(g.shape[d]);
    out.strides.push_back(g.strides[d]);
  }
  return out;
}

}  // namespace

Geometry select_geometry(const Geometry& g, int64_t dim, int64_t index) {
  Geometry out{{}, {}, g.offset + index * g.strides[dim]};
  for (size_t d = 0; d < g.shape.size(); ++d) {
    if (int64_t(d) == dim) continue;
    out.shape.push_back(g.shape[d]);
    out.strides.push_back(g.strides[d]);
  }
  return out;
}

Geometry slice_geometry(const Geometry& g, int64_t dim, int64_t start, int64_t end, int64_t step) {
  Geometry out = g;
  out.offset += start * g.strides[dim];
  out.shape[dim] = (end - start + step - 1) / step;
  out.strides[dim] *= step;
  return out;
}

Tensor as_view(const Tensor& t, const Geometry& g) {
  Tensor out = make_view(t, g.shape, g.strides, g.offset);
  // A view made in no-grad mode, or of such a view (or of a multi-output view), inherits that
  // origin: PyTorch forbids changing it in place while recording.
  ViewCreation inherited = t.impl()->view_base ? t.impl()->view_creation : ViewCreation::Default;
  out.impl()->view_creation = grad_enabled() ? inherited : ViewCreation::NoGrad;
  return out;
}

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
  Tensor out = as_view(t, {out_shape, strides, t.impl()->offset});
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
  Tensor out = as_view(t, {shape, *strides, t.impl()->offset});
  if (needs_grad(t)) record_reshape("ViewBackward0", out, t);
  return out;
}

// A view when the strides allow one, otherwise a copy (as PyTorch: clone, then _unsafe_view).
Tensor reshape(const Tensor& t, const Shape& requested) {
  Shape shape = infer_shape(requested, t.numel());
  if (auto strides = view_strides(t.shape(), t.strides(), shape)) {
    Tensor out = as_view(t, {shape, *strides, t.impl()->offset});
    if (needs_grad(t)) record_reshape("ReshapeAliasBackward0", out, t);
    return out;
  }
  return unsafe_view(clone(t), shape);
}

// Not a view for autograd: `t` is a fresh result nobody else holds, re-shaped.
Tensor unsafe_view(const Tensor& t, const Shape& requested) {
  Shape shape = infer_shape(requested, t.numel());
  auto strides = view_strides(t.shape(), t.strides(), shape);
  if (!strides) fail("unsafe_view: the input must be viewable as ", shape_str(shape));
  const TensorImpl& in = *t.impl();
  Tensor out(std::make_shared<TensorImpl>(in.storage, in.offset, shape, *strides, in.dtype, in.version));
  if (needs_grad(t)) record_reshape("UnsafeViewBackward0", out, t);
  return out;
}

Tensor alias(const Tensor& t) {
  Tensor out = as_view(t, geometry_of(t));
  if (needs_grad(t)) record("AliasBackward0", out, {t}, {}, [](const BackwardContext& c) { return Grads{c.grad()}; });
  return out;
}

Tensor view_dtype(const Tensor& t, DType dtype) {
  const TensorImpl& impl = *t.impl();
  const int64_t from_size = int64_t(element_size(t.dtype())), to_size = int64_t(element_size(dtype));
  // Any byte may sit in a tensor of another dtype; a bool must be 0 or 1.
  if (dtype == DType::Bool && t.dtype() != DType::Bool)
    throw Error(ErrorKind::NotImplemented, "view(dtype=torch.bool) of a tensor of another dtype is not supported");
  auto name = [&] { return cat(scalar_type_name(t.dtype()), " as ", scalar_type_name(dtype), " (different element sizes)"); };
  Shape shape = impl.shape, strides = impl.strides;
  int64_t offset = impl.offset;
  if (from_size != to_size) {
    if (t.dim() == 0) fail("self.dim() cannot be 0 to view ", name());
    if (strides.back() != 1) fail("self.stride(-1) must be 1 to view ", name(), ", but got ", strides.back());
    if (from_size > to_size) {  // each element becomes several
      const int64_t ratio = from_size / to_size;
      for (int64_t& s : strides) s *= ratio;
      strides.back() = 1;
      shape.back() *= ratio;
      offset *= ratio;
    } else {  // several elements become one
      const int64_t ratio = to_size / from_size;
      if (shape.back() % ratio != 0)
        fail("self.size(-1) must be divisible by ", ratio, " to view ", name(), ", but got ", shape.back());
      if (offset % ratio != 0)
        fail("self.storage_offset() must be divisible by ", ratio, " to view ", name(), ", but got ", offset);
      for (size_t d = 0; d + 1 < strides.size(); ++d) {
        if (strides[d] % ratio != 0)
          fail("self.stride(", d, ") must be divisible by ", ratio, " to view ", name(), ", but got ", strides[d]);
        strides[d] /= ratio;
      }
      shape.back() /= ratio;
      offset /= ratio;
    }
  }
  // Like detach(): the storage and version counter are shared, the history is not.
  return Tensor(std::make_shared<TensorImpl>(impl.storage, offset, std::move(shape), std::move(strides), dtype, impl.version));
}

Tensor transpose(const Tensor& t, int64_t dim0, int64_t dim1) {
  int64_t d0 = wrap_dim(dim0, t.dim()), d1 = wrap_dim(dim1, t.dim());
  Tensor out = as_view(t, t.dim() == 0 ? geometry_of(t) : transpose_geometry(geometry_of(t), d0, d1));
  if (needs_grad(t))
    record("TransposeBackward0", out, {t}, {}, [d0, d1](const BackwardContext& c) { return Grads{transpose(c.grad(), d0, d1)}; });
  return out;
}

// Shapes: [m, n] → [n, m]; a 0-d or 1-d tensor comes back as it is (still a view).
Tensor t(const Tensor& self) {
  if (self.dim() > 2) fail("t() expects a tensor with <= 2 dimensions, but self is ", self.dim(), "D");
  Geometry g = geometry_of(self);
  Tensor out = as_view(self, self.dim() == 2 ? transpose_geometry(g, 0, 1) : g);
  if (needs_grad(self)) record("TBackward0", out, {self}, {}, [](const BackwardContext& c) { return Grads{t(c.grad())}; });
  return out;
}

// Shapes: out[i] = in[dims[i]]. Backward: permute by the inverse.
Tensor permute(const Tensor& self, const std::vector<int64_t>& dims) {
  if (int64_t(dims.size()) != self.dim())
    fail("permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired "
         "ordering of dimensions i.e. input.dim() = ", self.dim(), " is not equal to len(dims) = ", dims.size());
  Geometry g{{}, {}, self.impl()->offset};
  std::vector<int64_t> inverse(dims.size());
  std::vector<bool> seen(dims.size(), false);
  for (size_t i = 0; i < dims.size(); ++i) {
    int64_t d = wrap_dim(dims[i], self.dim());
    if (seen[d]) fail("permute(): duplicate dims are not allowed.");
    seen[d] = true;
    inverse[d] = int64_t(i);
    g.shape.push_back(self.shape()[d]);
    g.strides.push_back(self.strides()[d]);
  }
  Tensor out = as_view(self, g);
  if (needs_grad(self))
    record("PermuteBackward0", out, {self}, {}, [inverse](const BackwardContext& c) { return Grads{permute(c.grad(), inverse)}; });
  return out;
}

// Shapes: [..a, ..b] → [..a, 1, ..b] with the new dim at `dim` of the result.
Tensor unsqueeze(const Tensor& t, int64_t dim) {
  int64_t d = wrap_dim(dim, t.dim() + 1);
  Geometry g = geometry_of(t);
  int64_t stride = d < t.dim() ? g.shape[d] * g.strides[d] : 1;
  g.shape.insert(g.shape.begin() + d, 1);
  g.strides.insert(g.strides.begin() + d, stride);
  Tensor out = as_view(t, g);
  if (needs_grad(t))
    record("UnsqueezeBackward0", out, {t}, {}, [d](const BackwardContext& c) { return Grads{squeeze(c.grad(), d)}; });
  return out;
}

namespace {

// A squeeze's backward, as PyTorch's unsqueeze_to: the removed dims come back one unsqueeze at
// a time, in order, so a recording backward shows UnsqueezeBackward0 nodes.
void record_squeeze(const char* name, const Tensor& out, const Tensor& in, std::vector<int64_t> removed) {
  record(name, out, {in}, {}, [removed = std::move(removed)](const BackwardContext& c) {
    Tensor g = c.grad();
    for (int64_t d : removed) g = unsqueeze(g, d);
    return Grads{g};
  });
}

}  // namespace

// Every size-1 dim removed.
Tensor squeeze(const Tensor& t) {
  Tensor out = as_view(t, squeeze_geometry(geometry_of(t), [&](int64_t d) { return t.shape()[d] == 1; }));
  if (needs_grad(t)) {
    std::vector<int64_t> removed;
    for (int64_t d = 0; d < t.dim(); ++d)
      if (t.shape()[size_t(d)] == 1) removed.push_back(d);
    record_squeeze("SqueezeBackward0", out, t, removed);
  }
  return out;
}

// `dim` removed if its size is 1 (otherwise a view of the same shape).
Tensor squeeze(const Tensor& t, int64_t dim) {
  int64_t d = wrap_dim(dim, t.dim());
  bool drop = t.dim() > 0 && t.shape()[d] == 1;
  Tensor out = as_view(t, squeeze_geometry(geometry_of(t), [&](int64_t i) { return drop && i == d; }));
  if (needs_grad(t)) record_squeeze("SqueezeBackward1", out, t, drop ? std::vector<int64_t>{d} : std::vector<int64_t>{});
  return out;
}

// Shapes: [..a, n, ..b] → [..a, ..b], the index-th slice along `dim`.
Tensor select(const Tensor& t, int64_t dim, int64_t index) {
  if (t.dim() == 0) fail_index("select() cannot be applied to a 0-dim tensor.");
  int64_t d = wrap_dim(dim, t.dim());
  int64_t size = t.shape()[d];
  if (index < -size || index >= size)
    fail_index("select(): index ", index, " out of range for tensor of size ", shape_str(t.shape()), " at dimension ", d);
  int64_t i = index < 0 ? index + size : index;
  Tensor out = as_view(t, select_geometry(geometry_of(t), d, i));
  if (needs_grad(t))
    record_region("SelectBackward0", out, t, [d, i](const Geometry& g) { return select_geometry(g, d, i); });
  return out;
}

// Python's start:end:step along `dim` (step > 0; out-of-range bounds are clamped).
Tensor slice(const Tensor& t, int64_t dim, int64_t start, int64_t end, int64_t step) {
  if (t.dim() == 0) fail_index("slice() cannot be applied to a 0-dim tensor.");
  int64_t d = wrap_dim(dim, t.dim());
  if (step <= 0) fail("slice step must be positive");
  int64_t size = t.shape()[d];
  if (start < 0) start += size;
  if (end < 0) end += size;
  start = std::clamp<int64_t>(start, 0, size);
  end = std::clamp<int64_t>(end, start, size);
  Tensor out = as_view(t, slice_geometry(geometry_of(t), d, start, end, step));
  if (needs_grad(t))
    record_region("SliceBackward0", out, t,
                  [d, start, end, step](const Geometry& g) { return slice_geometry(g, d, start, end, step); });
  return out;
}

Tensor narrow(const Tensor& t, int64_t dim, int64_t start, int64_t length) {
  if (t.dim() == 0) fail("narrow() cannot be applied to a 0-dim tensor.");
  int64_t d = wrap_dim(dim, t.dim());
  int64_t size = t.shape()[d];
  if (start != size) start = wrap_dim(start, size);  // the end is a valid start, though not a valid index
  if (length < 0 || start > size - length)
    fail("start (", start, ") + length (", length, ") exceeds dimension size (", size, ").");
  return slice(t, d, start, start + length, 1);
}

// Dims start..end merged into one (a view when the strides allow it, like reshape).
Tensor flatten(const Tensor& t, int64_t start_dim, int64_t end_dim) {
  int64_t s = wrap_dim(start_dim, t.dim()), e = wrap_dim(end_dim, t.dim());
  if (s > e) fail("flatten() has invalid args: start_dim cannot come after end_dim");
  if (t.dim() == 0) return reshape(t, {1});
  if (s == e) return t;
  Shape shape(t.shape().begin(), t.shape().begin() + s);
  shape.push_back(std::accumulate(t.shape().begin() + s, t.shape().begin() + e + 1, int64_t{1}, std::multiplies<>()));
  shape.insert(shape.end(), t.shape().begin() + e + 1, t.shape().end());
  return reshape(t, shape);
}

// Dim `dim` split into `sizes` (one of which may be -1).
Tensor unflatten(const Tensor& t, int64_t dim, const Shape& sizes) {
  if (sizes.empty()) fail("unflatten: sizes must be non-empty");
  int64_t d = wrap_existing_dim(dim, t.dim());
  int64_t size = t.shape()[d];
  Shape inner;
  try {
    inner = infer_shape(sizes, size);
  } catch (const Error& e) {
    if (std::string_view(e.what()).find("invalid") == std::string_view::npos)
      fail("unflatten got an unexpected error:\n", e.what());
    fail("unflatten: Provided sizes ", shape_str(sizes), " don't multiply up to the size of dim ", d, " (", size,
         ") in the input tensor");
  }
  Shape shape(t.shape().begin(), t.shape().begin() + d);
  shape.insert(shape.end(), inner.begin(), inner.end());
  shape.insert(shape.end(), t.shape().begin() + d + 1, t.shape().end());
  return view(t, shape);
}

}  // namespace gb
