// Indexing: Python's x[...] and x[...] = v as PyTorch does them, and the gather- and
// scatter-like ops (index_select, gather, masked_select, masked_fill, scatter, flip).
//
// x[items] first applies the basic items as views (int → select, slice → slice, None →
// unsqueeze, ... → skip dims), collecting index tensors ("advanced" indices) by the dim they
// apply to; then, if there are any, one `index` op gathers with all of them at once.
// Advanced indexing, shapes: the index tensors broadcast to a shape P; when the indexed dims
// are adjacent, x: [..B, i1..ik, ..A] → [..B, ..P, ..A]; otherwise the indexed dims move to
// the front first: → [..P, ..rest]. Backward: the gradient is added back at the indexed
// positions of a zero tensor (index_put with accumulation).
#include "autograd/function_node.h"
#include "autograd/record.h"
#include "kernels/strided_loop.h"
#include "ops/ops.h"
#include "ops/view_geometry.h"
#include "tensor/error.h"
#include "tensor/overlap.h"

namespace gb {

namespace {

using Kind = TensorIndex::Kind;

// Element offsets of a strided shape, in row-major order.
std::vector<int64_t> element_offsets(const Shape& shape, const Shape& strides) {
  std::vector<int64_t> out;
  out.reserve(size_t(numel(shape)));
  strided_loop<1>(shape, {strides}, [&](const auto& off, int64_t n, const auto& s) {
    for (int64_t i = 0; i < n; ++i) out.push_back(off[0] + i * s[0]);
  });
  return out;
}

std::vector<int64_t> int64_values(const Tensor& t) {
  Tensor v = t.dtype() == DType::Int64 ? t : to_dtype(detach(t), DType::Int64);
  std::vector<int64_t> out;
  for (int64_t off : element_offsets(v.shape(), v.strides())) out.push_back(v.data<int64_t>()[off]);
  return out;
}

Tensor index_tensor(std::vector<int64_t> values) {
  Tensor t = empty({int64_t(values.size())}, DType::Int64);
  std::copy(values.begin(), values.end(), t.data<int64_t>());
  return t;
}

Tensor region(const Tensor& t, const Geometry& g) { return make_view(t, g.shape, g.strides, g.offset); }

Tensor as_bool(const Tensor& t) { return t.dtype() == DType::Bool ? t : to_dtype(detach(t), DType::Bool); }

// ---- the basic items

// PyTorch checks an integer index against the size it reads for the dim; a 0-dim tensor has
// none, and reads as size 0.
Tensor apply_select(const Tensor& t, int64_t dim, int64_t index, int64_t real_dim) {
  if (index == 0 && dim == 0 && t.dim() == 0)
    fail_index("invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to "
               "convert a 0-dim tensor to a number");
  int64_t size = dim < t.dim() ? t.shape()[dim] : 0;
  if (index < -size || index >= size)
    fail_index("index ", index, " is out of bounds for dimension ", real_dim, " with size ", size);
  return select(t, dim, index);
}

// A slice covering a whole dim is skipped (no view) unless the optimisation is disabled.
Tensor apply_slice(const Tensor& t, int64_t dim, int64_t start, int64_t stop, int64_t step, bool disable_optimization) {
  if (step <= 0) fail_value("step must be greater than zero");
  if (!disable_optimization && t.dim() > dim && start == 0 && step == 1 && stop == t.shape()[dim]) return t;
  return slice(t, dim, start, stop, step);
}

// A Python bool as an index: True selects the one element of a new dim, False none.
Tensor bool_index(bool value) { return index_tensor(value ? std::vector<int64_t>{0} : std::vector<int64_t>{}); }

void record_index(std::vector<Tensor>& out, int64_t& dim, const Tensor& index) {
  out.resize(size_t(dim) + 1);
  out[size_t(dim)] = index;
  ++dim;
}

// Ints, slices and tensors (a mask: one per mask dim) consume dims; None, ... and bools don't.
int64_t count_specified_dims(const std::vector<TensorIndex>& items) {
  int64_t count = 0;
  for (const TensorIndex& item : items) {
    if (item.kind == Kind::Integer || item.kind == Kind::Slice) ++count;
    if (item.kind == Kind::Tensor) count += item.tensor.dtype() == DType::Bool ? item.tensor.dim() : 1;
  }
  return count;
}

// The basic items as views; advanced indices go to `indices` by the dim of the result they index.
Tensor apply_slicing(const Tensor& self, const std::vector<TensorIndex>& items, std::vector<Tensor>& indices) {
  int64_t specified = count_specified_dims(items);
  if (specified > self.dim()) fail_index("too many indices for tensor of dimension ", self.dim());
  Tensor result = self;
  int64_t dim = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    const TensorIndex& item = items[i];
    switch (item.kind) {
      case Kind::Integer: result = apply_select(result, dim, item.integer, int64_t(i)); break;
      case Kind::Slice:
        result = apply_slice(result, dim, item.start, item.stop, item.step, false);
        ++dim;
        break;
      case Kind::Ellipsis: dim += self.dim() - specified; break;
      case Kind::None:
        result = unsqueeze(result, dim);
        ++dim;
        break;
      case Kind::Boolean:
        result = unsqueeze(result, dim);
        record_index(indices, dim, bool_index(item.boolean));
        break;
      case Kind::Tensor: {
        const Tensor& t = item.tensor;
        if (t.dim() == 0 && is_integral(t.dtype(), true)) {
          // A 0-dim integer tensor acts as an int, a 0-dim bool as a bool.
          if (t.dtype() != DType::Bool) {
            result = apply_select(result, dim, int64_t(gb::item(t)), int64_t(i));
          } else {
            result = unsqueeze(result, dim);
            record_index(indices, dim, bool_index(gb::item(t) != 0));
          }
        } else {
          record_index(indices, dim, t);
        }
        break;
      }
    }
  }
  return result;
}

// ---- advanced indexing

// Where the elements picked by a list of index tensors sit in `self`.
struct AdvancedIndex {
  Tensor src;         // self, with the indexed dims moved to the front if they were apart
  int64_t first = 0;  // src's first indexed dim
  int64_t count = 0;  // how many dims are indexed
  Shape index_shape;  // the broadcast shape of the index tensors
  std::vector<int64_t> positions;  // per element of index_shape: its offset within src's indexed dims

  Shape before() const { return Shape(src.shape().begin(), src.shape().begin() + first); }
  Shape after() const { return Shape(src.shape().begin() + first + count, src.shape().end()); }
  Shape result_shape() const {
    Shape s = before();
    s.insert(s.end(), index_shape.begin(), index_shape.end());
    Shape a = after();
    s.insert(s.end(), a.begin(), a.end());
    return s;
  }
  // Offsets (within src) of the non-indexed dims before and after the indexed block.
  std::vector<int64_t> before_offsets() const {
    return element_offsets(before(), Shape(src.strides().begin(), src.strides().begin() + first));
  }
  std::vector<int64_t> after_offsets() const {
    return element_offsets(after(), Shape(src.strides().begin() + first + count, src.strides().end()));
  }
};

void check_index_dtypes(const std::vector<Tensor>& indices) {
  for (const Tensor& t : indices)
    if (t.defined() && t.dtype() != DType::Int64 && t.dtype() != DType::Bool)
      fail_index("tensors used as indices must be long, byte or bool tensors");
}

// A mask stands for one index tensor per mask dim (the coordinates of its true elements).
std::vector<Tensor> expand_masks(const Tensor& self, const std::vector<Tensor>& indices) {
  std::vector<Tensor> out;
  for (const Tensor& t : indices) {
    if (!t.defined() || t.dtype() != DType::Bool) {
      out.push_back(t);
      continue;
    }
    for (int64_t j = 0; j < t.dim(); ++j) {
      int64_t src_dim = int64_t(out.size()) + j;
      if (src_dim >= self.dim() || t.shape()[j] != self.shape()[src_dim])
        fail_index("The shape of the mask ", shape_str(t.shape()), " at index ", j,
                   " does not match the shape of the indexed tensor ", shape_str(self.shape()), " at index ", src_dim);
    }
    Tensor coordinates = nonzero(t);
    for (int64_t j = 0; j < t.dim(); ++j) out.push_back(select(coordinates, 1, j));
  }
  return out;
}

AdvancedIndex make_advanced_index(const Tensor& self, const std::vector<Tensor>& raw, bool check_bounds) {
  check_index_dtypes(raw);
  std::vector<Tensor> indices = expand_masks(self, raw);
  if (int64_t(indices.size()) > self.dim())
    fail_index("too many indices for tensor of dimension ", self.dim(), " (got ", indices.size(), ")");
  AdvancedIndex info;
  std::vector<int64_t> indexed;
  for (size_t d = 0; d < indices.size(); ++d)
    if (indices[d].defined()) indexed.push_back(int64_t(d));
  if (indexed.empty()) fail("index: expected at least one index tensor");
  Shape shape;
  try {
    for (int64_t d : indexed) shape = broadcast_shapes(shape, indices[size_t(d)].shape());
  } catch (const Error&) {
    std::string shapes;
    for (int64_t d : indexed) shapes += (shapes.empty() ? "" : ", ") + shape_str(indices[size_t(d)].shape());
    fail_index("shape mismatch: indexing tensors could not be broadcast together with shapes ", shapes);
  }
  info.index_shape = shape;
  info.count = int64_t(indexed.size());
  bool adjacent = indexed.back() - indexed.front() + 1 == int64_t(indexed.size());
  if (adjacent) {
    info.src = self;
    info.first = indexed.front();
  } else {
    std::vector<int64_t> order = indexed;
    for (int64_t d = 0; d < self.dim(); ++d)
      if (d >= int64_t(indices.size()) || !indices[size_t(d)].defined()) order.push_back(d);
    info.src = permute(detach(self), order);
    info.first = 0;
  }
  // Each element's offset within the indexed block, checked against the dim sizes.
  int64_t n = numel(shape);
  info.positions.assign(size_t(n), 0);
  bool empty_result = numel(info.result_shape()) == 0;
  for (size_t k = 0; k < indexed.size(); ++k) {
    int64_t d = indexed[k];
    int64_t size = self.shape()[d], stride = self.strides()[d];
    std::vector<int64_t> values = int64_values(expand(detach(indices[size_t(d)]), shape));
    for (int64_t p = 0; p < n; ++p) {
      int64_t v = values[size_t(p)];
      if ((v < -size || v >= size) && check_bounds && !empty_result)
        fail_index("index ", v, " is out of bounds for dimension ", k, " with size ", size);
      info.positions[size_t(p)] += (v < 0 ? v + size : v) * stride;
    }
  }
  return info;
}

// a + b stored as T: float16/bfloat16 add in float32 and round each sum, as PyTorch's serial
// CPU kernels (index_put_ with accumulate, scatter_add) add one value at a time.
template <class T>
T stored_sum(T a, T b) {
  if constexpr (is_reduced_float_v<T>) return T::from(a.to_float() + b.to_float());
  else return T(a + b);
}

// self[indices] = values (or += values), values broadcast to the indexing result; no history.
void put_values(const Tensor& self, const std::vector<Tensor>& indices, const Tensor& values, bool accumulate) {
  // Values and indices are read while self is written, so PyTorch refuses any overlap first.
  check_no_overlap(self, values);
  for (const Tensor& index : indices)
    if (index.defined()) check_no_overlap(self, index);
  AdvancedIndex info = make_advanced_index(self, indices, true);
  Shape result = info.result_shape();
  Shape shape;
  try {
    shape = broadcast_shapes(values.shape(), result);
  } catch (const Error&) {
  }
  if (shape != result)
    fail("shape mismatch: value tensor of shape ", shape_str(values.shape()),
         " cannot be broadcast to indexing result of shape ", shape_str(result));
  if (values.dtype() != self.dtype())
    fail("Index put requires the source and destination dtypes match, got ", scalar_type_name(self.dtype()),
         " for the destination and ", scalar_type_name(values.dtype()), " for the source.");
  std::vector<int64_t> value_offsets = element_offsets(result, broadcast_strides(values.shape(), values.strides(), result));
  std::vector<int64_t> before = info.before_offsets(), after = info.after_offsets();
  dispatch_stored(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    T* dst = info.src.data<T>();
    const T* src = values.data<T>();
    size_t k = 0;
    for (int64_t b : before)
      for (int64_t p : info.positions)
        for (int64_t a : after) {
          T& slot = dst[b + p + a];
          slot = accumulate ? stored_sum(slot, src[value_offsets[k]]) : src[value_offsets[k]];
          ++k;
        }
  });
}

// self[i] = value wherever mask (broadcast to self, any dtype: nonzero is true) is; no history.
void fill_where(const Tensor& self, const Tensor& mask, const Tensor& value) {
  Tensor m = as_bool(mask);
  Tensor v = to_dtype(detach(value), self.dtype());
  dispatch_stored(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T fill = *v.data<T>();
    strided_loop<2>(self.shape(), {self.strides(), broadcast_strides(m.shape(), m.strides(), self.shape())},
                    [&](const auto& off, int64_t n, const auto& s) {
                      T* o = self.data<T>() + off[0];
                      const bool* w = m.data<bool>() + off[1];
                      for (int64_t i = 0; i < n; ++i)
                        if (w[i * s[1]]) o[i * s[0]] = fill;
                    });
  });
}

// PyTorch writes a one-element value through a single mask as masked_fill (so the value's
// dtype need not match): the mask, with its trailing dims added, broadcast over self.
bool fills_through_mask(const Tensor& self, const std::vector<Tensor>& indices, const Tensor& values) {
  if (values.numel() != 1) return false;
  Tensor mask;
  int64_t dims = 0;
  for (const Tensor& t : indices) {
    if (!t.defined()) {
      ++dims;
      continue;
    }
    if (t.dtype() != DType::Bool || mask.defined()) return false;
    mask = t;
    for (int64_t j = 0; j < t.dim(); ++j)
      if (dims + j >= self.dim() || t.shape()[j] != self.shape()[dims + j])
        fail_index("The shape of the mask ", shape_str(t.shape()), " at index ", j,
                   " does not match the shape of the indexed tensor ", shape_str(self.shape()), " at index ", dims + j);
    dims += t.dim();
  }
  if (!mask.defined()) return false;
  Shape mask_shape = mask.shape();
  mask_shape.resize(mask_shape.size() + size_t(self.dim() - dims), 1);
  fill_where(self, reshape(detach(mask), mask_shape), values);
  return true;
}

// A value's leading size-1 dims are dropped before it is broadcast into an indexed region.
Shape strip_leading_ones(const Shape& shape) {
  auto first = std::find_if(shape.begin(), shape.end(), [](int64_t d) { return d != 1; });
  return Shape(first, shape.end());
}

// x[...] = v for a region: copies, or fills with a 0-dim value, else broadcasts v first.
void copy_to(const Tensor& dst, const Tensor& src) {
  if (dst.shape() == src.shape()) {
    copy_(dst, src);
  } else if (src.dim() == 0) {
    fill_(dst, src);
  } else {
    Tensor src_view = view(src, strip_leading_ones(src.shape()));
    copy_(dst, src_view.shape() == dst.shape() ? src_view : expand(src_view, dst.shape()));
  }
}

}  // namespace

Tensor get_item(const Tensor& self, const std::vector<TensorIndex>& items, bool is_tuple) {
  if (!is_tuple && items.size() == 1) {
    const TensorIndex& item = items[0];
    if (item.kind == Kind::None) return unsqueeze(self, 0);
    if (item.kind == Kind::Ellipsis) return alias(self);
    if (item.kind == Kind::Integer) return apply_select(self, 0, item.integer, 0);
    if (item.kind == Kind::Slice) return apply_slice(self, 0, item.start, item.stop, item.step, true);
  }
  std::vector<Tensor> indices;
  Tensor sliced = apply_slicing(self, items, indices);
  if (indices.empty()) return sliced.is_same(self) ? alias(self) : sliced;
  return index(sliced, indices);
}

void set_item(const Tensor& self, const std::vector<TensorIndex>& items, const Tensor& value, bool is_tuple) {
  if (!is_tuple && items.size() == 1) {
    const TensorIndex& item = items[0];
    switch (item.kind) {
      case Kind::Boolean:
        if (item.boolean) copy_to(unsqueeze(self, 0), value);
        return;
      case Kind::Ellipsis: return copy_to(self, value);
      case Kind::None: return copy_to(unsqueeze(self, 0), value);
      case Kind::Integer: return copy_to(apply_select(self, 0, item.integer, 0), value);
      case Kind::Slice: return copy_to(apply_slice(self, 0, item.start, item.stop, item.step, false), value);
      case Kind::Tensor: break;
    }
  }
  std::vector<Tensor> indices;
  Tensor sliced = apply_slicing(self, items, indices);
  if (indices.empty()) return copy_to(sliced, value);
  Shape stripped = strip_leading_ones(value.shape());
  index_put_(sliced, indices, stripped == value.shape() ? value : view(value, stripped), false);
}

namespace {
Tensor put_recorded(const char* name, const Tensor& self, const std::vector<Tensor>& indices, const Tensor& values,
                    bool accumulate);
}  // namespace

Tensor index(const Tensor& self, const std::vector<Tensor>& indices) {
  AdvancedIndex info = make_advanced_index(self, indices, true);
  Tensor out = empty(info.result_shape(), self.dtype());
  std::vector<int64_t> before = info.before_offsets(), after = info.after_offsets();
  dispatch_stored(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* src = info.src.data<T>();
    T* dst = out.data<T>();
    for (int64_t b : before)
      for (int64_t p : info.positions)
        for (int64_t a : after) *dst++ = src[b + p + a];
  });
  if (needs_grad(self))
    record("IndexBackward0", out, {self}, {}, [shape = self.shape(), indices](const BackwardContext& c) {
      // An accumulating index_put_ into zeros, as PyTorch's index_backward: recorded
      // (IndexPutImplBackward0) when the backward records.
      return Grads{put_recorded("IndexPutImplBackward0", zeros(shape, c.grad().dtype()), indices, c.grad(), true)};
    });
  return out;
}

// self[indices] = values. Backward: self's gradient is zero where it was overwritten (unless
// accumulating); values get the gradient at the indexed positions, summed to their shape.
namespace {

// index_put_ under the node name `name`: PyTorch's index_backward calls _index_put_impl_, whose
// node is IndexPutImplBackward0.
Tensor put_recorded(const char* name, const Tensor& self, const std::vector<Tensor>& indices, const Tensor& values,
                    bool accumulate) {
  check_inplace(self, values);
  if (accumulate || !fills_through_mask(self, indices, values)) put_values(self, indices, values, accumulate);
  bump_version(self);
  if (needs_grad(self, values))
    record(name, self, {self, values}, {},
           [indices, accumulate, value_shape = values.shape(), value_dtype = values.dtype()](const BackwardContext& c) {
             Tensor self_grad, value_grad;
             if (c.needs(0))  // written with ops, so a recording backward records them
               self_grad = accumulate ? c.grad() : index_put_(clone(c.grad()), indices, zeros({}, c.grad().dtype()), false);
             if (c.needs(1)) value_grad = to_dtype(sum_to(index(c.grad(), indices), value_shape), value_dtype);
             return Grads{self_grad, value_grad};
           });
  return self;
}

}  // namespace

Tensor index_put_(const Tensor& self, const std::vector<Tensor>& indices, const Tensor& values, bool accumulate) {
  return put_recorded("IndexPutBackward0", self, indices, values, accumulate);
}

// Shapes: self [..a, n, ..b], index [k] → [..a, k, ..b]. Backward: the gradient added into
// zeros at the picked slices with index_add_ (recorded: IndexAddBackward0), as PyTorch's
// index_select_backward.
Tensor index_select(const Tensor& self, int64_t dim, const Tensor& index) {
  int64_t d = wrap_dim(dim, self.dim());
  if (index.dtype() != DType::Int64 && index.dtype() != DType::Int32)
    fail("index_select(): Expected dtype int32 or int64 for index");
  if (index.dim() > 1) fail_index("index_select(): Index is supposed to be a vector");
  std::vector<int64_t> picks = int64_values(index);
  Tensor src = self.dim() == 0 ? reshape(detach(self), {1}) : self;
  int64_t size = src.shape()[d];
  for (int64_t v : picks)
    if (v < 0 || v >= size) fail_index("index out of range in self");
  Shape shape = src.shape();
  shape[d] = int64_t(picks.size());
  Tensor out = empty(shape, self.dtype());
  for (size_t k = 0; k < picks.size(); ++k)
    copy_values(region(out, select_geometry(geometry_of(out), d, int64_t(k))),
                region(src, select_geometry(geometry_of(src), d, picks[k])));
  if (self.dim() == 0) out = reshape(out, index.shape());
  if (needs_grad(self))
    record("IndexSelectBackward0", out, {self}, {}, [shape = self.shape(), d, index](const BackwardContext& c) {
      return Grads{index_add_(zeros(shape, c.grad().dtype()), d, index, c.grad(), 1)};
    });
  return out;
}

namespace {

// A 0-dim tensor's geometry as that of one of shape [1], as gather and scatter read it.
Geometry nonempty_geometry(const Tensor& t) {
  Geometry g = geometry_of(t);
  if (t.dim() == 0) g = {{1}, {1}, g.offset};
  return g;
}

// For gather/scatter_add: the offset in a tensor of geometry `g` of each element of `index`,
// with the coordinate along `dim` taken from index's value there.
std::vector<int64_t> gathered_offsets(const Geometry& g, int64_t dim, const Tensor& index) {
  Shape strides = g.strides;
  strides[dim] = 0;
  std::vector<int64_t> offsets = element_offsets(index.shape(), Shape(strides.begin(), strides.end()));
  std::vector<int64_t> values = int64_values(index);
  int64_t size = g.shape[dim];
  for (size_t k = 0; k < offsets.size(); ++k) {
    int64_t v = values[k];
    if (v < 0 || v >= size) fail("index ", v, " is out of bounds for dimension ", dim, " with size ", size);
    offsets[k] += g.offset + v * g.strides[dim];
  }
  return offsets;
}

}  // namespace

// out[i][j] = self[index[i][j]][j] (dim 0), and so on. Backward: the gradient added into zeros
// with scatter_add_ (recorded: ScatterAddBackward0), as PyTorch's gather_backward.
Tensor gather(const Tensor& self, int64_t dim, const Tensor& index) {
  int64_t d = wrap_dim(dim, self.dim());
  if (index.dtype() != DType::Int64) fail("gather(): Expected dtype int64 for index");
  if (index.dim() != self.dim() && !(index.dim() <= 1 && self.dim() <= 1))
    fail("Index tensor must have the same number of dimensions as input tensor");
  for (int64_t k = 0; k < self.dim(); ++k)
    if (k != d && index.shape()[k] > self.shape()[k])
      fail("Size does not match at dimension ", k, " expected index ", shape_str(index.shape()),
           " to be smaller than self ", shape_str(self.shape()), " apart from dimension ", d);
  std::vector<int64_t> offsets = gathered_offsets(nonempty_geometry(self), d, index);
  Tensor out = empty(index.shape(), self.dtype());
  dispatch_stored(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* src = reinterpret_cast<const T*>(self.impl()->storage->data());
    T* dst = out.data<T>();
    for (int64_t off : offsets) *dst++ = src[off];
  });
  if (needs_grad(self))
    record("GatherBackward0", out, {self}, {}, [shape = self.shape(), d, index](const BackwardContext& c) {
      return Grads{scatter_add_(zeros(shape, c.grad().dtype()), d, index, c.grad())};
    });
  return out;
}

// The elements of self where mask (both broadcast) is true, as a 1-D tensor. Backward: the
// gradient written in order where the mask is true into zeros of the broadcast shape, with
// masked_scatter_ (recorded: MaskedScatterBackward0), as PyTorch's masked_select_backward;
// then summed down to self's shape.
Tensor masked_select(const Tensor& self, const Tensor& mask) {
  if (mask.dtype() != DType::Bool) fail("masked_select: expected BoolTensor or ByteTensor for mask");
  Shape shape = broadcast_shapes(mask.shape(), self.shape());
  std::vector<int64_t> self_offsets = element_offsets(shape, broadcast_strides(self.shape(), self.strides(), shape));
  std::vector<int64_t> mask_offsets = element_offsets(shape, broadcast_strides(mask.shape(), mask.strides(), shape));
  std::vector<int64_t> picked;
  for (size_t k = 0; k < mask_offsets.size(); ++k)
    if (mask.data<bool>()[mask_offsets[k]]) picked.push_back(int64_t(k));
  Tensor out = empty({int64_t(picked.size())}, self.dtype());
  dispatch(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    for (size_t k = 0; k < picked.size(); ++k) out.data<T>()[k] = self.data<T>()[self_offsets[size_t(picked[k])]];
  });
  if (needs_grad(self))
    record("MaskedSelectBackward0", out, {self}, {mask}, [shape, self_shape = self.shape()](const BackwardContext& c) {
      return Grads{sum_to(masked_scatter_(zeros(shape, c.grad().dtype()), c.saved(0), c.grad()), self_shape)};
    });
  return out;
}

// self where mask is false, value where it is true (mask broadcast; value a 0-dim tensor).
// Backward: self gets the gradient where the mask is false; value gets the sum where it is true.
namespace {

void check_fill_value(const Tensor& value) {
  if (value.dim() != 0)
    fail("masked_fill_ only supports a 0-dimensional value tensor, but got tensor with ", value.dim(), " dimension(s).");
}

void record_masked_fill(const Tensor& out, const Tensor& self, const Tensor& mask, const Tensor& value,
                        bool value_is_tensor) {
  BackwardFn fn = [mask = as_bool(mask), self_shape = self.shape(), value_dtype = value.dtype()](const BackwardContext& c) {
    // grad.masked_fill(mask, 0), as PyTorch writes it (MaskedFillBackward0 when recorded).
    Tensor self_grad = c.needs(0) ? sum_to(masked_fill(c.grad(), mask, zeros({}, c.grad().dtype()), false), self_shape) : Tensor{};
    Grads grads{self_grad};
    if (c.num_inputs() > 1) grads.push_back(c.needs(1) ? to_dtype(sum(masked_select(c.grad(), mask)), value_dtype) : Tensor{});
    return grads;
  };
  if (value_is_tensor) record("MaskedFillBackward1", out, {self, value}, {}, std::move(fn));
  else record("MaskedFillBackward0", out, {self}, {}, std::move(fn));
}

}  // namespace

Tensor masked_fill(const Tensor& self, const Tensor& mask, const Tensor& value, bool value_is_tensor) {
  check_fill_value(value);
  Tensor out = contiguous_copy(expand(detach(self), broadcast_shapes(mask.shape(), self.shape())));
  fill_where(out, mask, value);
  if (needs_grad(self, value)) record_masked_fill(out, self, mask, value, value_is_tensor);
  return out;
}

Tensor masked_fill_(const Tensor& self, const Tensor& mask, const Tensor& value, bool value_is_tensor) {
  check_inplace(self, value);
  check_fill_value(value);
  Shape shape = broadcast_shapes(mask.shape(), self.shape());
  if (shape != self.shape())
    fail("output with shape ", shape_str(self.shape()), " doesn't match the broadcast shape ", shape_str(shape));
  Tensor m = expand(detach(mask), shape);
  fill_where(self, m, value);
  bump_version(self);
  if (needs_grad(self, value)) record_masked_fill(self, self, m, value, value_is_tensor);
  return self;
}

namespace {

// The checks PyTorch makes for scatter and scatter_add (both name themselves "scatter"). A 0-dim
// tensor counts as one of size 1, and an empty index is not checked.
void check_scatter(const Tensor& self, int64_t dim, const Tensor& index, const Tensor* src) {
  if (index.numel() != 0 && index.dtype() != DType::Int64) fail("scatter(): Expected dtype int64 for index");
  if (src && src->dtype() != self.dtype()) fail("scatter(): Expected self.dtype to be equal to src.dtype");
  if (index.numel() == 0) return;
  auto dims = [](const Tensor& t) { return std::max<int64_t>(t.dim(), 1); };
  auto size = [](const Tensor& t, int64_t d) { return t.dim() == 0 ? 1 : t.shape()[size_t(d)]; };
  if (dims(index) != dims(self)) fail("Index tensor must have the same number of dimensions as self tensor");
  if (src && dims(index) != dims(*src)) fail("Index tensor must have the same number of dimensions as src tensor");
  for (int64_t d = 0; d < dims(self); ++d) {
    bool fits_self = d == dim || size(index, d) <= size(self, d);
    bool fits_src = !src || size(index, d) <= size(*src, d);
    if (!fits_self || !fits_src)
      fail("Expected index ", shape_str(index.shape()), " to be smaller than self ", shape_str(self.shape()),
           " apart from dimension ", dim, src ? cat(" and to be smaller size than src ", shape_str(src->shape())) : "");
  }
}

// self[index[i]][j] (op)= src[i][j] (dim 0), and so on; src is read over index's shape.
void scatter_values(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src, bool add) {
  if (index.numel() == 0) return;
  std::vector<int64_t> targets = gathered_offsets(nonempty_geometry(self), dim, index);
  Tensor values = to_dtype(detach(src), self.dtype());
  Shape strides = values.dim() == 0 ? Shape(size_t(index.dim()), 0) : values.strides();
  std::vector<int64_t> sources = element_offsets(index.shape(), strides);
  dispatch_stored(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    T* dst = reinterpret_cast<T*>(self.impl()->storage->data());
    const T* from = values.data<T>();
    for (size_t k = 0; k < targets.size(); ++k)
      dst[targets[k]] = add ? stored_sum(dst[targets[k]], from[sources[k]]) : from[sources[k]];
  });
}

}  // namespace

namespace {

// Scatters into `out`: self itself, or (out of place) a fresh copy of it.
Tensor scatter_into(const Tensor& out, const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src,
                    bool src_is_tensor, bool add) {
  if (out.is_same(self)) {
    check_inplace(self, src);
    check_no_internal_overlap(self);
  }
  int64_t d = wrap_dim(dim, self.dim());
  check_scatter(self, d, index, src_is_tensor ? &src : nullptr);
  if (out.is_same(self)) {  // index and src are read while self is written: PyTorch refuses any overlap
    check_no_overlap(self, index);
    if (src_is_tensor) check_no_overlap(self, src);
  }
  scatter_values(out, d, index, src, add);
  if (out.is_same(self)) bump_version(self);
  if (!needs_grad(self, src)) return out;
  // Backward: self's gradient is zero where scatter wrote (scatter_add keeps it whole): the
  // gradient scattered with 0 (ScatterBackward1); src gets the gradient gathered from those
  // positions (GatherBackward0), which has index's shape: when src is larger, PyTorch's
  // autograd refuses it (or sums it down when src broadcasts to it).
  std::string name = add ? "ScatterAddBackward0" : src_is_tensor ? "ScatterBackward0" : "ScatterBackward1";
  BackwardFn fn = [d, index, add, name, src_shape = src.shape()](const BackwardContext& c) {
    Grads grads{Tensor{}};
    if (c.needs(0)) grads[0] = add ? c.grad() : scatter(c.grad(), d, index, zeros({}, c.grad().dtype()), false);
    if (c.num_inputs() > 1)
      grads.push_back(c.needs(1) ? fit_gradient(gather(c.grad(), d, index), src_shape, name, 1) : Tensor{});
    return grads;
  };
  if (src_is_tensor) record(name, out, {self, src}, {}, std::move(fn));
  else record(name, out, {self}, {}, std::move(fn));
  return out;
}

}  // namespace

Tensor scatter(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src, bool src_is_tensor) {
  return scatter_into(contiguous_copy(self), self, dim, index, src, src_is_tensor, false);
}
Tensor scatter_(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src, bool src_is_tensor) {
  return scatter_into(self, self, dim, index, src, src_is_tensor, false);
}
Tensor scatter_add(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src) {
  return scatter_into(contiguous_copy(self), self, dim, index, src, true, true);
}
Tensor scatter_add_(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src) {
  return scatter_into(self, self, dim, index, src, true, true);
}

// The elements in reverse order along each of `dims`. Backward: flip the gradient back.
Tensor flip(const Tensor& self, const std::vector<int64_t>& dims) {
  uint64_t mask = dims.empty() ? 0 : dim_mask(dims, self.dim());
  Geometry g = geometry_of(self);
  for (int64_t d = 0; d < self.dim(); ++d)
    if (mask >> d & 1 && g.shape[d] > 0) {
      g.offset += (g.shape[d] - 1) * g.strides[d];
      g.strides[d] = -g.strides[d];
    }
  Tensor out = contiguous_copy(region(self, g));
  if (needs_grad(self))
    record("FlipBackward0", out, {self}, {}, [dims](const BackwardContext& c) { return Grads{flip(c.grad(), dims)}; });
  return out;
}

}  // namespace gb
