#pragma once
// A tensor's autograd state as PyTorch's Tensor API exposes it: requires_grad, retain_grad,
// hooks, .data and detach_.
#include "autograd/node.h"

namespace gb {

// x.requires_grad = flag (leaves only; floating dtypes only).
void set_requires_grad(const Tensor& t, bool flag);

// A non-leaf keeps its gradient in .grad after backward (a no-op for leaves).
void retain_grad(const Tensor& t);

// Runs `hook` on the gradient flowing into t (before it accumulates into a leaf's .grad);
// a hook may return a replacement.
void register_hook(const Tensor& t, GradHook hook);

// x.data: the same storage with no history and a version counter of its own, so autograd does
// not see changes made through it.
Tensor data_of(const Tensor& t);
// x.data = d: t takes d's storage, shape and dtype and keeps its own autograd state.
void set_data(const Tensor& t, const Tensor& d);

// Makes t a leaf that does not require grad (views excepted, as in PyTorch).
void detach_(const Tensor& t);

}  // namespace gb
