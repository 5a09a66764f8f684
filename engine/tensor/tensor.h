#pragma once
// A tensor is a strided view of a Storage plus its autograd state. `Tensor` is the
// cheap, shared handle every op takes and returns; `TensorImpl` holds the state.
#include <cstdint>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

#include "tensor/dtype.h"
#include "tensor/shape.h"
#include "tensor/storage.h"

namespace gb {

class Node;
class TensorImpl;

class Tensor {
 public:
  Tensor() = default;
  explicit Tensor(std::shared_ptr<TensorImpl> impl) : impl_(std::move(impl)) {}

  bool defined() const { return impl_ != nullptr; }
  TensorImpl* impl() const { return impl_.get(); }
  const std::shared_ptr<TensorImpl>& shared() const { return impl_; }
  bool is_same(const Tensor& other) const { return impl_ == other.impl_; }

  const Shape& shape() const;
  const Shape& strides() const;
  int64_t dim() const;
  int64_t numel() const;
  int64_t size(int64_t dim) const;  // dim may be negative
  DType dtype() const;
  bool is_contiguous() const;
  std::byte* raw() const;  // the first element's bytes
  template <class T> T* data() const { return reinterpret_cast<T*>(raw()); }

  bool requires_grad() const;
  // The node that produced this tensor (null for a leaf). A view whose data was changed in place
  // since its history was recorded gets a fresh node here first (autograd/view_history.cpp).
  const std::shared_ptr<Node>& grad_fn() const;
  bool is_leaf() const;

 private:
  std::shared_ptr<TensorImpl> impl_;
};

// Called with a gradient on its way into a tensor; may return a replacement (or nothing).
using GradHook = std::function<Tensor(const Tensor&)>;

// How a view came to be decides what an in-place change through it may do to autograd:
// the outputs of split/unbind/chunk, and views made in no-grad mode, may not be modified in
// place while a gradient is being recorded.
enum class ViewCreation : uint8_t { Default, MultiOutput, NoGrad };

class TensorImpl {
 public:
  TensorImpl(std::shared_ptr<Storage> storage, int64_t offset, Shape shape, Shape strides, DType dtype,
             std::shared_ptr<uint32_t> version)
      : storage(std::move(storage)), offset(offset), shape(std::move(shape)), strides(std::move(strides)),
        dtype(dtype), version(std::move(version)) {
    ++live_count;
  }
  ~TensorImpl();  // in autograd/node.cpp: the grad_fn goes through drop_node
  TensorImpl(const TensorImpl&) = delete;
  TensorImpl& operator=(const TensorImpl&) = delete;

  std::shared_ptr<Storage> storage;
  int64_t offset;  // in elements
  Shape shape;
  Shape strides;  // in elements
  DType dtype;
  // Bumped by every in-place write; shared by all views of one storage (and by detach()),
  // so a saved tensor can tell it was overwritten.
  std::shared_ptr<uint32_t> version;

  // Autograd: a leaf has requires_grad and no grad_fn; a result of a recorded op has a grad_fn.
  bool requires_grad = false;
  bool retains_grad = false;
  // A Python number taking part in an op: it has the lowest priority in type promotion.
  bool wrapped_number = false;
  Tensor grad;
  std::shared_ptr<Node> grad_fn;
  uint32_t output_nr = 0;                 // which output of grad_fn this tensor is
  std::weak_ptr<Node> grad_accumulator;   // a leaf's AccumulateGrad node, while a graph uses it
  std::vector<GradHook> hooks;            // a leaf's hooks (a non-leaf's live on its grad_fn)
  std::shared_ptr<TensorImpl> view_base;  // for a view: the tensor that owns the storage
  ViewCreation view_creation = ViewCreation::Default;
  uint32_t view_version = 0;  // the version at which this view's grad_fn was last set

  // The host binding's handle for this tensor (0: none), so one tensor keeps one identity there.
  int32_t host_handle = 0;

  static inline int64_t live_count = 0;  // TensorImpls alive, for leak tests
};

inline const Shape& Tensor::shape() const { return impl_->shape; }
inline const Shape& Tensor::strides() const { return impl_->strides; }
inline int64_t Tensor::dim() const { return int64_t(impl_->shape.size()); }
inline int64_t Tensor::numel() const { return gb::numel(impl_->shape); }
inline DType Tensor::dtype() const { return impl_->dtype; }
inline std::byte* Tensor::raw() const {
  return impl_->storage->data() + impl_->offset * int64_t(element_size(impl_->dtype));
}
inline bool Tensor::is_leaf() const { return grad_fn() == nullptr; }

// New tensors. `empty` leaves the bytes uninitialised.
Tensor empty(const Shape& shape, DType dtype);
// Uninitialised, laid out with the given (non-negative) strides.
Tensor empty_strided(const Shape& shape, const Shape& strides, DType dtype);
Tensor full(const Shape& shape, double value, DType dtype);
Tensor zeros(const Shape& shape, DType dtype);
Tensor ones(const Shape& shape, DType dtype);
// A 0-dim tensor standing for a Python number in an op (int → int64, float → float64, bool → bool).
Tensor wrapped_scalar(double value, DType dtype);

// A tensor sharing `base`'s storage and version counter with another shape/strides/offset.
Tensor make_view(const Tensor& base, Shape shape, Shape strides, int64_t offset);

// Where a view's elements sit in its storage.
struct Geometry {
  Shape shape;
  Shape strides;
  int64_t offset;
};
inline Geometry geometry_of(const Tensor& t) { return {t.shape(), t.strides(), t.impl()->offset}; }

// The value of a one-element tensor, widened to double.
double item(const Tensor& t);

}  // namespace gb
