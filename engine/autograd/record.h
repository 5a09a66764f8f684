#pragma once
// How an op joins the graph: it computes its result, then, if any input needs a gradient,
// records a node holding its backward formula beside the forward code.
#include <initializer_list>
#include <string>

#include "autograd/grad_mode.h"
#include "autograd/node.h"

namespace gb {

template <class... Inputs>
bool needs_grad(const Inputs&... inputs) {
  return grad_enabled() && (inputs.requires_grad() || ...);
}

// Makes `out` the output of a new node whose next edges follow `inputs` (in the order the
// formula returns gradients); `saved` are the tensors the formula reads via ctx.saved(i).
// An in-place op passes self as both `out` and first input; when self is a view, the change
// is recorded on its base (see autograd/view_history.h).
void record(std::string name, const Tensor& out, std::initializer_list<Tensor> inputs,
            std::initializer_list<Tensor> saved, BackwardFn fn);

// The same for ops with several outputs (split, unbind, ...): ctx.grad(i) is output i's.
void record_multi(std::string name, const std::vector<Tensor>& outs, const std::vector<Tensor>& inputs,
                  std::initializer_list<Tensor> saved, BackwardFn fn);

// PyTorch's checks before an in-place write into self while any of self and `others` requires
// grad: no leaf that requires grad, no view of one, and no view that is an output of a
// multi-output op or was made in no-grad mode. Call before writing.
void check_inplace_write(const Tensor& self, bool any_requires_grad);
template <class... Others>
void check_inplace(const Tensor& self, const Others&... others) {
  check_inplace_write(self, needs_grad(self, others...));
}
// After an in-place write: bumps the version counter so stale saved tensors are caught.
void bump_version(const Tensor& self);

}  // namespace gb
