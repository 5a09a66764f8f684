// index_add, index_copy, index_fill and masked_scatter: writes into the slices of self that an
// index along a dim (or a mask) picks. Each has an in-place form; the out-of-place one writes
// into a copy of self.
//
// Shapes: self [..a, n, ..b], index [k] (or a 0-dim index), source [..a, k, ..b]: source's
// slice i goes to self's slice index[i] along dim. Backward (recorded, so it can be
// differentiated again): self's gradient is grad, with the overwritten slices zeroed
// (index_copy, index_fill); source's is the gradient at the picked slices (index_select).
#include <algorithm>
#include <string>

#include "autograd/record.h"
#include "ops/elementwise.h"
#include "tensor/error.h"

namespace gb {

namespace {

// The integer values of a 0-dim or 1-dim index.
std::vector<int64_t> positions_of(const Tensor& index) {
  Tensor v = contiguous_copy(index.dtype() == DType::Int64 ? index : to_dtype(detach(index), DType::Int64));
  return std::vector<int64_t>(v.data<int64_t>(), v.data<int64_t>() + v.numel());
}

// Slice k of t along d; a 0-dim tensor is its own only slice. No history (t is detached).
Tensor slice_at(const Tensor& t, int64_t d, int64_t k) { return t.dim() == 0 ? t : select(t, d, k); }

int64_t size_along(const Tensor& t, int64_t d) { return t.dim() == 0 ? 1 : t.shape()[size_t(d)]; }

// Shape without dim d, as PyTorch prints a slice shape in index_copy's message ("2 3").
std::string slice_shape_text(const Tensor& t, int64_t d) {
  std::string out;
  for (int64_t i = 0; i < t.dim(); ++i) {
    if (i == d) continue;
    if (!out.empty()) out += ' ';
    out += std::to_string(t.shape()[size_t(i)]);
  }
  return out;
}

// self.index_add_(dim, index, source, alpha) without history; dim is wrapped.
void add_slices(const Tensor& self, int64_t d, const Tensor& index, const Tensor& source, double alpha) {
  if (index.dim() > 1)
    fail_index("index_add_(): Index is supposed to be a vector, but got dim: ", index.dim(),
               " with type: ", scalar_type_name(index.dtype()), " and size: ", shape_str(index.shape()));
  if (index.dtype() != DType::Int64 && index.dtype() != DType::Int32)
    fail("index_add_(): Expected dtype int32/int64 for index but got: ", scalar_type_name(index.dtype()));
  if (self.dtype() != source.dtype())
    fail("index_add_(): self (", scalar_type_name(self.dtype()), ") and source (", scalar_type_name(source.dtype()),
         ") must have the same scalar type");
  if (index.numel() != size_along(source, d))
    fail("index_add_(): Number of indices (", index.numel(), ") should be equal to source.size(dim): (",
         size_along(source, d), "), for dim: ", d);
  const Tensor dst = detach(self), src = detach(source);
  const std::vector<int64_t> positions = positions_of(index);
  for (size_t k = 0; k < positions.size(); ++k) {
    const int64_t p = positions[k];
    if (p < 0 || p >= size_along(self, d)) fail_index("index out of range in self");
    Tensor target = slice_at(dst, d, p);
    Tensor sum = add(target, slice_at(src, d, int64_t(k)), alpha, is_floating(self.dtype()));
    if (sum.shape() != target.shape())
      fail("output with shape ", shape_str(target.shape()), " doesn't match the broadcast shape ", shape_str(sum.shape()));
    copy_values(target, sum);
  }
}

// self.index_copy_(dim, index, source) without history; the last write to a slice wins.
void copy_slices(const Tensor& self, int64_t d, const Tensor& index, const Tensor& source) {
  if (index.dim() > 1) fail_index("index_copy_(): Index should have dimension 1 or 0 (got ", index.dim(), ")");
  if (index.numel() != size_along(source, d))
    fail_index("index_copy_(): Number of indices (", index.numel(), ") should be equal to source.size(dim) (",
               size_along(source, d), ")");
  if (index.dtype() != DType::Int64)
    fail("index_copy_(): Expected a long tensor for index, but got ", scalar_type_name(index.dtype()));
  if (self.dtype() != source.dtype())
    fail("index_copy_(): self and source expected to have the same dtype, but got (self) ",
         scalar_type_name(self.dtype()), " and (source) ", scalar_type_name(source.dtype()));
  const std::string self_slice = slice_shape_text(self, d), source_slice = slice_shape_text(source, d);
  if (self.dim() != source.dim() || self_slice != source_slice)
    fail("index_copy_(): Source/destination tensor must have same slice shapes. Destination slice shape: ", self_slice,
         " at dimension ", d, " and source slice shape: ", source_slice, " at dimension 0.");
  const Tensor dst = detach(self), src = detach(source);
  const std::vector<int64_t> positions = positions_of(index);
  for (size_t k = 0; k < positions.size(); ++k) {
    const int64_t p = positions[k];
    if (p < 0 || p >= size_along(self, d))
      fail_index("index_copy_(): index ", p, " is out of bounds for dimension ", d, " with size ", size_along(self, d));
    copy_values(slice_at(dst, d, p), slice_at(src, d, int64_t(k)));
  }
}

// self.index_fill_(dim, index, value) without history; negative positions count from the end.
void fill_slices(const Tensor& self, int64_t d, const Tensor& index, const Tensor& value) {
  if (index.dtype() != DType::Int64) fail_index("index_fill_(): Expected dtype int64 for index.");
  if (value.dim() != 0)
    fail("index_fill_ only supports a 0-dimensional value tensor, but got tensor with ", value.dim(), " dimension(s).");
  if (index.dim() > 1) fail("Index has to be a vector/scalar");
  const Tensor dst = detach(self);
  const int64_t size = size_along(self, d);
  for (int64_t p : positions_of(index)) {
    if (p < -size || p >= size) fail_index("index ", p, " is out of bounds for dimension ", d, " with size ", size);
    fill_(slice_at(dst, d, p < 0 ? p + size : p), detach(value));
  }
}

// grad with the slices `index` picks along d set to zero (index_fill with 0), recorded.
Tensor zero_slices(const Tensor& grad, int64_t d, const Tensor& index) {
  return index_fill(grad, d, index, wrapped_scalar(0, DType::Int64), false);
}

// The gradient at source's slices, shaped as source (a 0-dim source takes the only slice).
Tensor picked_slices(const Tensor& grad, int64_t d, const Tensor& index, const Shape& source_shape) {
  Tensor picked = index_select(grad, d, index);
  return picked.shape() == source_shape ? picked : reshape(picked, source_shape);
}

int64_t dim_of(const Tensor& self, int64_t dim) { return wrap_dim(dim, self.dim()); }

void record_index_add(const Tensor& out, const Tensor& self, int64_t d, const Tensor& index, const Tensor& source,
                      double alpha) {
  record("IndexAddBackward0", out, {self, source}, {}, [d, index, alpha, shape = source.shape()](const BackwardContext& c) {
    Tensor source_grad;
    if (c.needs(1)) {
      source_grad = picked_slices(c.grad(), d, index, shape);
      if (alpha != 1) source_grad = mul(source_grad, wrapped_scalar(alpha, DType::Float64));
    }
    return Grads{c.grad(), source_grad};
  });
}

void record_index_copy(const Tensor& out, const Tensor& self, int64_t d, const Tensor& index, const Tensor& source) {
  record("IndexCopyBackward0", out, {self, source}, {}, [d, index, shape = source.shape()](const BackwardContext& c) {
    return Grads{c.needs(0) ? zero_slices(c.grad(), d, index) : Tensor{},
                 c.needs(1) ? picked_slices(c.grad(), d, index, shape) : Tensor{}};
  });
}

// A tensor value gets the sum of the gradient over the filled slices, each counted once.
void record_index_fill(const Tensor& out, const Tensor& self, int64_t d, const Tensor& index, const Tensor& value,
                       bool value_is_tensor) {
  BackwardFn fn = [d, index, value_dtype = value.dtype()](const BackwardContext& c) {
    Grads grads{c.needs(0) ? zero_slices(c.grad(), d, index) : Tensor{}};
    if (c.num_inputs() > 1) {
      Tensor value_grad;
      if (c.needs(1)) {
        Tensor once = index.numel() > 0 ? unique(reshape(index, {index.numel()}))[0] : index;
        value_grad = to_dtype(sum(index_select(c.grad(), d, once)), value_dtype);
      }
      grads.push_back(value_grad);
    }
    return grads;
  };
  if (value_is_tensor) record("IndexFillBackward1", out, {self, value}, {}, std::move(fn));
  else record("IndexFillBackward0", out, {self}, {}, std::move(fn));
}

}  // namespace

Tensor index_add_(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& source, double alpha) {
  const int64_t d = dim_of(self, dim);
  check_inplace(self, source);
  add_slices(self, d, index, source, alpha);
  bump_version(self);
  if (needs_grad(self, source)) record_index_add(self, self, d, index, source, alpha);
  return self;
}

Tensor index_add(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& source, double alpha) {
  const int64_t d = dim_of(self, dim);
  Tensor out = contiguous_copy(self);
  add_slices(out, d, index, source, alpha);
  if (needs_grad(self, source)) record_index_add(out, self, d, index, source, alpha);
  return out;
}

Tensor index_copy_(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& source) {
  const int64_t d = dim_of(self, dim);
  check_inplace(self, source);
  copy_slices(self, d, index, source);
  bump_version(self);
  if (needs_grad(self, source)) record_index_copy(self, self, d, index, source);
  return self;
}

Tensor index_copy(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& source) {
  const int64_t d = dim_of(self, dim);
  Tensor out = contiguous_copy(self);
  copy_slices(out, d, index, source);
  if (needs_grad(self, source)) record_index_copy(out, self, d, index, source);
  return out;
}

Tensor index_fill_(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& value, bool value_is_tensor) {
  const int64_t d = dim_of(self, dim);
  const bool grad = needs_grad(self) || (value_is_tensor && needs_grad(value));
  check_inplace_write(self, grad);
  fill_slices(self, d, index, value);
  bump_version(self);
  if (grad) record_index_fill(self, self, d, index, value, value_is_tensor);
  return self;
}

Tensor index_fill(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& value, bool value_is_tensor) {
  const int64_t d = dim_of(self, dim);
  Tensor out = contiguous_copy(self);
  fill_slices(out, d, index, value);
  if (needs_grad(self) || (value_is_tensor && needs_grad(value))) record_index_fill(out, self, d, index, value, value_is_tensor);
  return out;
}

namespace {

// self[mask] = source's first elements, in row-major order; mask broadcast to self's shape.
void scatter_masked(const Tensor& self, const Tensor& mask, const Tensor& source) {
  if (self.dtype() != source.dtype())
    fail("masked_scatter: expected self and source to have same dtypes but got", scalar_type_name(self.dtype()),
         " and ", scalar_type_name(source.dtype()));
  Tensor m = contiguous_copy(expand(to_dtype(detach(mask), DType::Bool), self.shape()));
  const bool* picked = m.data<bool>();
  const int64_t count = std::count(picked, picked + m.numel(), true);
  if (count > source.numel()) fail("Number of elements of source < number of ones in mask");
  Tensor values = contiguous_copy(source);
  Tensor result = contiguous_copy(self);
  dispatch(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    T* out = result.data<T>();
    const T* next = values.data<T>();
    for (int64_t i = 0; i < m.numel(); ++i)
      if (picked[i]) out[i] = *next++;
  });
  copy_values(detach(self), result);
}

// self's gradient is zero where the mask took source's values; source's is the gradient at
// those places in order, zero for the elements the mask did not use.
void record_masked_scatter(const Tensor& out, const Tensor& self, const Tensor& mask, const Tensor& source) {
  record("MaskedScatterBackward0", out, {self, source}, {},
         [mask = to_dtype(detach(mask), DType::Bool), self_shape = self.shape(),
          source_shape = source.shape()](const BackwardContext& c) {
           Tensor self_grad, source_grad;
           if (c.needs(0))
             self_grad = sum_to(masked_fill(c.grad(), mask, wrapped_scalar(0, DType::Int64), false), self_shape);
           if (c.needs(1)) {
             Tensor picked = masked_select(c.grad(), mask);
             const int64_t missing = numel(source_shape) - picked.numel();
             if (missing > 0) picked = cat({picked, zeros({missing}, picked.dtype())}, 0);
             source_grad = reshape(picked, source_shape);
           }
           return Grads{self_grad, source_grad};
         });
}

}  // namespace

Tensor masked_scatter_(const Tensor& self, const Tensor& mask, const Tensor& source) {
  check_inplace(self, source);
  scatter_masked(self, mask, source);
  bump_version(self);
  if (needs_grad(self, source)) record_masked_scatter(self, self, mask, source);
  return self;
}

// Out of place, self and mask broadcast together first.
Tensor masked_scatter(const Tensor& self, const Tensor& mask, const Tensor& source) {
  Tensor out = contiguous_copy(expand(detach(self), broadcast_shapes(self.shape(), mask.shape())));
  scatter_masked(out, mask, source);
  if (needs_grad(self, source)) record_masked_scatter(out, self, mask, source);
  return out;
}

}  // namespace gb
