// Joining tensors (cat, stack, repeat) and cutting one into views (split, chunk, unbind).
//
// Shapes: cat along d: [..a, n_i, ..b] for each i → [..a, Σn_i, ..b]; stack inserts a new dim
// of size k at d. Backward: each input gets its slice of the gradient.
// split/chunk/unbind return views; their backward joins the outputs' gradients again (cat or
// stack), zeros standing in for outputs that got none.
#include "autograd/record.h"
#include "ops/ops.h"
#include "ops/type_promotion.h"
#include "ops/view_geometry.h"
#include "tensor/error.h"

namespace gb {

namespace {

// For backward compatibility PyTorch lets a 1-D empty tensor join anything: it is skipped.
bool skipped_in_cat(const Tensor& t) { return t.dim() == 1 && t.shape()[0] == 0; }

DType joined_dtype(const std::vector<Tensor>& tensors) {
  DType out = tensors[0].dtype();
  for (const Tensor& t : tensors) out = promote(out, t.dtype());
  return out;
}

Grads cast_to_inputs(Grads grads, const std::vector<DType>& dtypes) {
  for (size_t i = 0; i < grads.size(); ++i)
    if (grads[i].defined() && grads[i].dtype() != dtypes[i]) grads[i] = to_dtype(grads[i], dtypes[i]);
  return grads;
}

std::vector<DType> dtypes_of(const std::vector<Tensor>& tensors) {
  std::vector<DType> out;
  for (const Tensor& t : tensors) out.push_back(t.dtype());
  return out;
}

// The outputs of split/unbind: views that may not be modified in place while recording.
// `region(g, i)` is output i's geometry within a tensor of geometry g. The backward joins the
// outputs' gradients (zeros for those without one) with `join`, cat or stack, as PyTorch's
// split_backward and unbind_backward do, so a recording backward records CatBackward0 or
// StackBackward0.
template <class Region, class Join>
std::vector<Tensor> multi_view(const char* name, const Tensor& in, size_t count, Region region, Join join) {
  std::vector<Tensor> outs;
  std::vector<Shape> shapes;
  for (size_t i = 0; i < count; ++i) {
    outs.push_back(as_view(in, region(geometry_of(in), i)));
    shapes.push_back(outs.back().shape());
    if (outs.back().impl()->view_creation == ViewCreation::Default)
      outs.back().impl()->view_creation = ViewCreation::MultiOutput;
  }
  if (!needs_grad(in)) return outs;
  record_multi(name, outs, {in}, {}, [shapes, join](const BackwardContext& c) {
    DType dtype = DType::Float32;
    for (size_t i = 0; i < shapes.size(); ++i)
      if (c.grad(i).defined()) dtype = c.grad(i).dtype();
    std::vector<Tensor> grads;
    for (size_t i = 0; i < shapes.size(); ++i) grads.push_back(c.grad(i).defined() ? c.grad(i) : zeros(shapes[i], dtype));
    return Grads{join(grads)};
  });
  return outs;
}

}  // namespace

Tensor cat(const std::vector<Tensor>& tensors, int64_t dim) {
  if (tensors.empty()) fail("torch.cat(): expected a non-empty list of Tensors");
  for (size_t i = 0; i < tensors.size(); ++i)
    if (tensors[i].dim() == 0) fail("zero-dimensional tensor (at position ", i, ") cannot be concatenated");
  const Tensor* first = nullptr;
  for (const Tensor& t : tensors)
    if (!skipped_in_cat(t)) {
      first = &t;
      break;
    }
  DType dtype = joined_dtype(tensors);
  if (!first) return empty({0}, dtype);
  int64_t d = wrap_dim(dim, first->dim());
  Shape shape = first->shape();
  shape[d] = 0;
  for (size_t i = 0; i < tensors.size(); ++i) {
    const Tensor& t = tensors[i];
    if (skipped_in_cat(t)) continue;
    if (t.dim() != first->dim())
      fail("Tensors must have same number of dimensions: got ", first->dim(), " and ", t.dim());
    for (int64_t k = 0; k < t.dim(); ++k)
      if (k != d && t.shape()[k] != first->shape()[k])
        fail("Sizes of tensors must match except in dimension ", d, ". Expected size ", first->shape()[k],
             " but got size ", t.shape()[k], " for tensor number ", i, " in the list.");
    shape[d] += t.shape()[d];
  }
  Tensor out = empty(shape, dtype);
  int64_t at = 0;
  std::vector<int64_t> starts;
  for (const Tensor& t : tensors) {
    starts.push_back(at);
    if (skipped_in_cat(t)) continue;
    Geometry region = slice_geometry(geometry_of(out), d, at, at + t.shape()[d], 1);
    copy_values(make_view(out, region.shape, region.strides, region.offset), t);
    at += t.shape()[d];
  }
  bool any = false;
  for (const Tensor& t : tensors) any = any || needs_grad(t);
  if (any) {
    std::vector<Shape> shapes;
    for (const Tensor& t : tensors) shapes.push_back(t.shape());
    record_multi("CatBackward0", {out}, tensors, {},
                 [d, shapes, starts, dtypes = dtypes_of(tensors)](const BackwardContext& c) {
                   Grads grads;
                   for (size_t i = 0; i < shapes.size(); ++i) {
                     if (!c.needs(i)) grads.emplace_back();
                     else if (shapes[i].size() == 1 && shapes[i][0] == 0) grads.push_back(zeros(shapes[i], c.grad().dtype()));
                     else grads.push_back(slice(c.grad(), d, starts[i], starts[i] + shapes[i][d], 1));
                   }
                   return cast_to_inputs(std::move(grads), dtypes);
                 });
  }
  return out;
}

Tensor stack(const std::vector<Tensor>& tensors, int64_t dim) {
  if (tensors.empty()) fail("stack expects a non-empty TensorList");
  int64_t d = wrap_dim(dim, tensors[0].dim() + 1);
  for (size_t i = 1; i < tensors.size(); ++i)
    if (tensors[i].shape() != tensors[0].shape())
      fail("stack expects each tensor to be equal size, but got ", shape_str(tensors[0].shape()), " at entry 0 and ",
           shape_str(tensors[i].shape()), " at entry ", i);
  Shape shape = tensors[0].shape();
  shape.insert(shape.begin() + d, int64_t(tensors.size()));
  Tensor out = empty(shape, joined_dtype(tensors));
  for (size_t i = 0; i < tensors.size(); ++i) {
    Geometry region = select_geometry(geometry_of(out), d, int64_t(i));
    copy_values(make_view(out, region.shape, region.strides, region.offset), tensors[i]);
  }
  bool any = false;
  for (const Tensor& t : tensors) any = any || needs_grad(t);
  if (any)
    record_multi("StackBackward0", {out}, tensors, {}, [d, n = tensors.size(), dtypes = dtypes_of(tensors)](const BackwardContext& c) {
      Grads grads;
      for (size_t i = 0; i < n; ++i) grads.push_back(c.needs(i) ? select(c.grad(), d, int64_t(i)) : Tensor{});
      return cast_to_inputs(std::move(grads), dtypes);
    });
  return out;
}

// Shapes: t [s0..sn] (padded with leading 1s to len(repeats)) → [r0·s0, .., rn·sn], tiled.
// Backward: the gradient seen as [r0, s0, .., rn, sn], summed over the r dims.
Tensor repeat(const Tensor& t, const Shape& repeats) {
  if (int64_t(repeats.size()) < t.dim())
    fail("Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor");
  size_t lead = repeats.size() - size_t(t.dim());
  Shape padded(lead, 1), out_shape;
  padded.insert(padded.end(), t.shape().begin(), t.shape().end());
  for (size_t d = 0; d < repeats.size(); ++d) out_shape.push_back(repeats[d] * padded[d]);
  Tensor out = empty(out_shape, t.dtype());
  // out as [r0, s0, r1, s1, ...]; the input broadcast over the r dims.
  Shape tiled, out_strides, in_strides;
  Shape padded_strides = contiguous_strides(padded);
  for (size_t d = lead; d < repeats.size(); ++d) padded_strides[d] = t.strides()[d - lead];
  for (size_t d = 0; d < repeats.size(); ++d) {
    tiled.insert(tiled.end(), {repeats[d], padded[d]});
    out_strides.insert(out_strides.end(), {padded[d] * out.strides()[d], out.strides()[d]});
    in_strides.insert(in_strides.end(), {0, padded_strides[d]});
  }
  if (out.numel() > 0)
    copy_values(make_view(out, tiled, out_strides, 0), make_view(t, tiled, in_strides, t.impl()->offset));
  if (needs_grad(t))
    record("RepeatBackward0", out, {t}, {}, [tiled, shape = t.shape()](const BackwardContext& c) {
      std::vector<int64_t> repeat_dims;
      for (size_t d = 0; d < tiled.size(); d += 2) repeat_dims.push_back(int64_t(d));
      return Grads{reshape(sum(reshape(c.grad(), tiled), repeat_dims, false), shape)};
    });
  return out;
}

std::vector<Tensor> split(const Tensor& t, int64_t split_size, int64_t dim) {
  if (t.dim() == 0) fail("split expects at least a 1-dimensional tensor");
  if (split_size < 0) fail("split expects split_size be non-negative, but got split_size=", split_size);
  int64_t d = wrap_dim(dim, t.dim());
  int64_t size = t.shape()[d];
  if (split_size == 0 && size != 0)
    fail("split_size can only be 0 if dimension size is 0, but got dimension size of ", size);
  int64_t count = split_size == 0 ? 1 : std::max<int64_t>((size + split_size - 1) / split_size, 1);
  Shape sizes(size_t(count), split_size);
  sizes.back() = size - split_size * (count - 1);
  return split_with_sizes(t, sizes, d, "SplitBackward0");
}

std::vector<Tensor> split_with_sizes(const Tensor& t, const Shape& sizes, int64_t dim, const char* name) {
  if (t.dim() == 0) fail("split expects at least a 1-dimensional tensor");
  int64_t d = wrap_dim(dim, t.dim());
  std::vector<int64_t> starts;
  int64_t at = 0;
  for (int64_t length : sizes) {
    if (length < 0)
      fail("split_with_sizes expects split_sizes have only non-negative entries, but got split_sizes=", shape_str(sizes));
    starts.push_back(at);
    at += length;
  }
  if (at != t.shape()[d])
    fail("split_with_sizes expects split_sizes to sum exactly to ", t.shape()[d], " (input tensor's size at dimension ",
         d, "), but got split_sizes=", shape_str(sizes));
  return multi_view(
      name, t, sizes.size(),
      [d, starts, sizes](const Geometry& g, size_t i) { return slice_geometry(g, d, starts[i], starts[i] + sizes[i], 1); },
      [d](const std::vector<Tensor>& grads) { return cat(grads, d); });
}

std::vector<Tensor> chunk(const Tensor& t, int64_t chunks, int64_t dim) {
  if (t.dim() == 0) fail("chunk expects at least a 1-dimensional tensor");
  if (chunks <= 0) fail("chunk expects `chunks` to be greater than 0, got: ", chunks);
  int64_t d = wrap_dim(dim, t.dim());
  int64_t size = t.shape()[d];
  int64_t split_size = (size + chunks - 1) / chunks;
  // An empty dim still gives `chunks` (empty) pieces.
  if (split_size == 0 && size == 0) return split_with_sizes(t, Shape(size_t(chunks), 0), d, "SplitWithSizesBackward0");
  return split(t, split_size, d);
}

std::vector<Tensor> unbind(const Tensor& t, int64_t dim) {
  int64_t d = wrap_existing_dim(dim, t.dim());
  return multi_view(
      "UnbindBackward0", t, size_t(t.shape()[d]), [d](const Geometry& g, size_t i) { return select_geometry(g, d, int64_t(i)); },
      [d](const std::vector<Tensor>& grads) { return stack(grads, d); });
}

}  // namespace gb
