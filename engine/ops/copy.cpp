// Copies, dtype conversion and detaching.
#include "autograd/record.h"
#include "ops/elementwise.h"
#include "tensor/overlap.h"

namespace gb {

// Writes src (broadcast, converted) into dst's elements, whatever their strides.
void copy_values(const Tensor& dst, const Tensor& src) {
  const Shape& shape = dst.shape();
  Shape src_strides = broadcast_strides(src.shape(), src.strides(), shape);
  dispatch_stored(dst.dtype(), [&](auto out_tag) {
    using O = decltype(out_tag);
    dispatch_stored(src.dtype(), [&](auto in_tag) {
      using I = decltype(in_tag);
      unary_kernel(dst.data<O>(), shape, dst.strides(), src.data<I>(), src_strides, [](I x) { return convert<O>(x); });
    });
  });
}

Tensor detach(const Tensor& t) {
  const TensorImpl& impl = *t.impl();
  return Tensor(std::make_shared<TensorImpl>(impl.storage, impl.offset, impl.shape, impl.strides, impl.dtype, impl.version));
}

Tensor contiguous_copy(const Tensor& t) {
  Tensor out = empty(t.shape(), t.dtype());
  copy_values(out, t);
  return out;
}

// d(x.to(dtype))/dx = 1, cast back to x's dtype.
Tensor to_dtype(const Tensor& t, DType dtype) {
  if (t.dtype() == dtype) return t;
  Tensor out = empty(t.shape(), dtype);
  copy_values(out, t);
  if (needs_grad(t) && is_floating(dtype))
    record("ToCopyBackward0", out, {t}, {}, [from = t.dtype()](const BackwardContext& c) {
      return Grads{to_dtype(c.grad(), from)};
    });
  return out;
}

Tensor clone(const Tensor& t) {
  Tensor out = contiguous_copy(t);
  if (needs_grad(t)) record("CloneBackward0", out, {t}, {}, [](const BackwardContext& c) { return Grads{c.grad()}; });
  return out;
}

Tensor dense(const Tensor& t) { return t.is_contiguous() ? t : contiguous_copy(t); }

Tensor contiguous(const Tensor& t) { return t.is_contiguous() ? t : clone(t); }

// self[...] = src: self's old value gets no gradient, src gets the (summed) incoming one.
void copy_(const Tensor& self, const Tensor& src) {
  check_inplace(self, src);
  check_no_internal_overlap(self);
  check_no_partial_overlap(self, src);
  Shape shape = broadcast_shapes(self.shape(), src.shape());
  if (shape != self.shape())
    fail("output with shape ", shape_str(self.shape()), " doesn't match the broadcast shape ", shape_str(shape));
  copy_values(self, src);
  bump_version(self);
  if (needs_grad(self, src))
    record("CopyBackwards", self, {self, src}, {}, [src_shape = src.shape(), src_dtype = src.dtype()](const BackwardContext& c) {
      Tensor g = c.needs(1) ? to_dtype(sum_to(c.grad(), src_shape), src_dtype) : Tensor{};
      return Grads{c.needs(0) ? zeros_like(c.grad()) : Tensor{}, g};
    });
}

// self[...] = value: nothing flows back to self's old value.
Tensor fill_(const Tensor& self, double value) {
  check_inplace(self);
  copy_values(self, wrapped_scalar(value, DType::Float64));
  bump_version(self);
  if (needs_grad(self))
    record(value == 0 ? "ZeroBackward0" : "FillBackward2", self, {self}, {},
           [](const BackwardContext& c) { return Grads{zeros_like(c.grad())}; });
  return self;
}

// self[...] = value for a 0-dim tensor value: the value gets the summed gradient.
Tensor fill_(const Tensor& self, const Tensor& value) {
  if (value.dim() != 0)
    fail("fill_ only supports 0-dimension value tensor but got tensor with ", value.dim(), " dimensions.");
  check_inplace(self, value);
  copy_values(self, value);
  bump_version(self);
  if (needs_grad(self, value))
    record("FillBackward3", self, {self, value}, {}, [dtype = value.dtype()](const BackwardContext& c) {
      return Grads{c.needs(0) ? zeros_like(c.grad()) : Tensor{}, c.needs(1) ? to_dtype(sum(c.grad()), dtype) : Tensor{}};
    });
  return self;
}

Tensor zeros_like(const Tensor& t) { return zeros(t.shape(), t.dtype()); }
Tensor ones_like(const Tensor& t) { return ones(t.shape(), t.dtype()); }

}  // namespace gb
