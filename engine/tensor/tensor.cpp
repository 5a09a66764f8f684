#include "tensor/tensor.h"

#include <algorithm>

#include "tensor/error.h"

namespace gb {

int64_t Tensor::size(int64_t d) const { return impl_->shape[wrap_dim(d, dim())]; }

bool Tensor::is_contiguous() const {
  if (numel() == 0) return true;
  int64_t expected = 1;
  for (size_t i = impl_->shape.size(); i-- > 0;) {
    if (impl_->shape[i] == 1) continue;
    if (impl_->strides[i] != expected) return false;
    expected *= impl_->shape[i];
  }
  return true;
}

Tensor empty(const Shape& shape, DType dtype) {
  for (int64_t d : shape)
    if (d < 0) fail("Trying to create tensor with negative dimension ", d, ": ", shape_str(shape));
  uint64_t nbytes = 1;
  bool overflow = product_overflows(shape, &nbytes);
  overflow |= __builtin_mul_overflow(nbytes, uint64_t(element_size(dtype)), &nbytes) || nbytes > uint64_t(INT64_MAX);
  if (overflow) fail("Storage size calculation overflowed with sizes=", shape_str(shape));
  auto storage = std::make_shared<Storage>(int64_t(nbytes));
  std::shared_ptr<uint32_t> version(storage, &storage->version);
  return Tensor(std::make_shared<TensorImpl>(std::move(storage), 0, shape, contiguous_strides(shape), dtype,
                                             std::move(version)));
}

Tensor empty_strided(const Shape& shape, const Shape& strides, DType dtype) {
  int64_t extent = 1;  // one past the last element's position
  for (size_t d = 0; d < shape.size(); ++d) {
    if (shape[d] == 0) extent = 0;
    if (extent) extent += (shape[d] - 1) * strides[d];
  }
  auto storage = std::make_shared<Storage>(extent * int64_t(element_size(dtype)));
  return Tensor(std::make_shared<TensorImpl>(std::move(storage), 0, shape, strides, dtype, std::make_shared<uint32_t>(0)));
}

Tensor full(const Shape& shape, double value, DType dtype) {
  Tensor t = empty(shape, dtype);
  dispatch_stored(dtype, [&](auto tag) {
    using T = decltype(tag);
    std::fill_n(t.data<T>(), t.numel(), convert<T>(value));
  });
  return t;
}

Tensor zeros(const Shape& shape, DType dtype) { return full(shape, 0.0, dtype); }
Tensor ones(const Shape& shape, DType dtype) { return full(shape, 1.0, dtype); }

Tensor wrapped_scalar(double value, DType dtype) {
  Tensor t = full({}, value, dtype);
  t.impl()->wrapped_number = true;
  return t;
}

Tensor make_view(const Tensor& base, Shape shape, Shape strides, int64_t offset) {
  const TensorImpl& b = *base.impl();
  numel(shape);  // a view of more than 2^63 - 1 elements is PyTorch's overflow error
  auto view = std::make_shared<TensorImpl>(b.storage, offset, std::move(shape), std::move(strides), b.dtype, b.version);
  view->view_base = b.view_base ? b.view_base : base.shared();
  view->view_version = *b.version;
  return Tensor(std::move(view));
}

double item(const Tensor& t) {
  if (t.numel() != 1)
    fail("a Tensor with ", t.numel(), " elements cannot be converted to Scalar");
  return dispatch_stored(t.dtype(), [&](auto tag) { return convert<double>(*t.data<decltype(tag)>()); });
}

void fail_reduced_float(DType t) { fail("this operation is not implemented for '", scalar_type_name(t), "'"); }

}  // namespace gb
