// In-place view ops: unsqueeze_, squeeze_, t_, transpose_. They change self's shape and
// strides (same storage, same elements) and, as PyTorch's do, refuse a leaf that requires grad
// or a view of one, bump the version, and give self a node named like the out-of-place op with
// suffix 1 or more (UnsqueezeBackward1, TBackward1, ...) whose backward undoes the move. A
// view stays a view of its base; its history is the new node's, not a CopySlices.
#include "autograd/record.h"
#include "ops/ops.h"
#include "tensor/error.h"

namespace gb {

namespace {

// Gives self the geometry of `moved` (the out-of-place op's result, made without history).
template <class Undo>
Tensor restride_(const Tensor& self, const Tensor& moved, const char* name, Undo undo) {
  check_inplace(self);
  TensorImpl& impl = *self.impl();
  impl.shape = moved.shape();
  impl.strides = moved.strides();
  impl.offset = moved.impl()->offset;
  bump_version(self);
  if (needs_grad(self))  // record_multi sets the history as for a fresh output: no rebase onto a base
    record_multi(name, {self}, {self}, {}, [undo](const BackwardContext& c) { return Grads{undo(c.grad())}; });
  return self;
}

template <class F>
Tensor without_history(F f) {
  GradModeGuard no_grad(false);
  return f();
}

}  // namespace

Tensor unsqueeze_(const Tensor& self, int64_t dim) {
  int64_t d = wrap_dim(dim, self.dim() + 1);
  return restride_(self, without_history([&] { return unsqueeze(self, d); }), "UnsqueezeBackward1",
                   [d](const Tensor& g) { return squeeze(g, d); });
}

Tensor squeeze_(const Tensor& self) {
  return restride_(self, without_history([&] { return squeeze(self); }), "SqueezeBackward2",
                   [shape = self.shape()](const Tensor& g) { return reshape(g, shape); });
}

Tensor squeeze_(const Tensor& self, int64_t dim) {
  return restride_(self, without_history([&] { return squeeze(self, dim); }), "SqueezeBackward3",
                   [shape = self.shape()](const Tensor& g) { return reshape(g, shape); });
}

Tensor t_(const Tensor& self) {
  if (self.dim() > 2) fail("t_() expects a tensor with <= 2 dimensions, but self is ", self.dim(), "D");
  return restride_(self, without_history([&] { return t(self); }), "TBackward1", [](const Tensor& g) { return t(g); });
}

Tensor transpose_(const Tensor& self, int64_t dim0, int64_t dim1) {
  int64_t d0 = wrap_dim(dim0, self.dim()), d1 = wrap_dim(dim1, self.dim());
  return restride_(self, without_history([&] { return transpose(self, d0, d1); }), "TransposeBackward1",
                   [d0, d1](const Tensor& g) { return transpose(g, d0, d1); });
}

}  // namespace gb
