#include "autograd/tensor_state.h"

#include "tensor/error.h"

namespace gb {

void set_requires_grad(const Tensor& t, bool flag) {
  if (!t.is_leaf()) {
    if (flag) fail("you can only change requires_grad flags of leaf variables.");
    fail("you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a "
         "subgraph that doesn't require differentiation use var_no_grad = var.detach().");
  }
  if (flag && !is_floating(t.dtype())) fail("only Tensors of floating point dtype can require gradients");
  t.impl()->requires_grad = flag;
}

void retain_grad(const Tensor& t) {
  if (!t.requires_grad()) fail("can't retain_grad on Tensor that has requires_grad=False");
  TensorImpl& impl = *t.impl();
  if (t.is_leaf() || impl.retains_grad) return;
  impl.retains_grad = true;
  t.grad_fn()->add_retained(impl.output_nr, t.shared());
}

void register_hook(const Tensor& t, GradHook hook) {
  if (!t.requires_grad()) fail("cannot register a hook on a tensor that doesn't require gradient");
  if (t.is_leaf()) t.impl()->hooks.push_back(std::move(hook));
  else t.grad_fn()->add_pre_hook(t.impl()->output_nr, std::move(hook));
}

Tensor data_of(const Tensor& t) {
  const TensorImpl& impl = *t.impl();
  return Tensor(std::make_shared<TensorImpl>(impl.storage, impl.offset, impl.shape, impl.strides, impl.dtype,
                                             std::make_shared<uint32_t>(0)));
}

void set_data(const Tensor& t, const Tensor& d) {
  TensorImpl& impl = *t.impl();
  const TensorImpl& from = *d.impl();
  if (t.requires_grad() && !is_floating(from.dtype))
    fail("data set to a tensor that requires gradients must be floating point or complex dtype");
  // A leaf's gradient accumulator describes its old dtype.
  if (from.dtype != impl.dtype) impl.grad_accumulator.reset();
  impl.storage = from.storage;
  impl.offset = from.offset;
  impl.shape = from.shape;
  impl.strides = from.strides;
  impl.dtype = from.dtype;
}

void detach_(const Tensor& t) {
  TensorImpl& impl = *t.impl();
  if (impl.view_base)
    fail("Can't detach views in-place. Use detach() instead. If you are using DistributedDataParallel (DDP) for "
         "training, and gradient_as_bucket_view is set as True, gradients are views of DDP buckets, and hence "
         "detach_() cannot be called on these gradients. To fix this error, please refer to the Optimizer.zero_grad() "
         "function in torch/optim/optimizer.py as the solution.");
  impl.grad_fn = nullptr;
  impl.output_nr = 0;
  impl.requires_grad = false;
}

}  // namespace gb
