#include "autograd/view_history.h"

#include <cstring>

#include "kernels/reduce.h"
#include "ops/copy.h"
#include "tensor/error.h"

namespace gb {

namespace {

// Edges of the in-place op's node, with the first (the view's old history) replaced by the
// base's old history.
std::vector<Edge> copy_slices_edges(const Tensor& base, const Node& fn) {
  std::vector<Edge> edges = fn.next_edges();
  edges[0] = gradient_edge(base);
  return edges;
}

// A zero-filled tensor laid out like `g` (every byte of its storage cleared).
Tensor zeros_strided(const Geometry& g, DType dtype) {
  Tensor t = empty_strided(g.shape, g.strides, dtype);
  std::memset(t.impl()->storage->data(), 0, size_t(t.impl()->storage->nbytes()));
  return t;
}

// `view`'s region inside a buffer laid out like `base` (which starts at the base's first element).
Tensor region_of(const Tensor& buffer, const Geometry& base, const Geometry& view) {
  return make_view(buffer, view.shape, view.strides, view.offset - base.offset);
}

// AsStridedBackward0: the base's gradient is zero outside the view's region; overlapping
// elements of the view (an expanded one) add up.
Tensor scatter_into_base(const Tensor& grad, const Geometry& base, const Geometry& view) {
  Tensor buffer = zeros_strided(base, grad.dtype());
  Tensor region = region_of(buffer, base, view);
  dispatch(grad.dtype(), [&](auto tag) {
    using T = decltype(tag);
    fold_kernel(region.data<T>(), region.strides(), grad.data<T>(), grad.shape(), grad.strides(),
                [](T acc, T v) { return T(acc + v); });
  });
  return buffer;
}

// Gives a view a new grad_fn that reads its region out of its base's current history.
void renew_view_history(const Tensor& view) {
  Tensor base(view.impl()->view_base);
  auto node = std::make_shared<OpNode>(
      "AsStridedBackward0", std::vector<Edge>{gradient_edge(base)},
      [base = geometry_of(base), view = geometry_of(view)](const BackwardContext& c) {
        return Grads{scatter_into_base(c.grad(), base, view)};
      },
      1);
  set_history(view, std::move(node), 0);
}

}  // namespace

CopySlices::CopySlices(const Tensor& base, const Geometry& view, std::shared_ptr<Node> fn)
    : Node("CopySlices", copy_slices_edges(base, *fn), 1), base_(geometry_of(base)), view_(view), fn_(std::move(fn)) {}

// d(base after)/d(base before) passes the gradient through outside the view; inside it, the
// in-place op's formula maps the view's gradient back to the view's old value. The op's other
// inputs get what its formula gives them.
Grads CopySlices::apply(Grads&& grad_outputs) {
  const Tensor& grad = grad_outputs[0];
  Grads out(next_edges().size());
  if (!grad.defined()) return out;
  Tensor result = empty_strided(base_.shape, base_.strides, grad.dtype());
  copy_values(result, grad);
  Tensor region = region_of(result, base_, view_);
  Grads res = fn_->apply({contiguous_copy(region)});
  if (next_edges()[0].node) {
    if (res[0].defined()) copy_values(region, res[0]);
    else copy_values(region, zeros({}, grad.dtype()));
    out[0] = result;
  }
  for (size_t i = 1; i < out.size() && i < res.size(); ++i) out[i] = std::move(res[i]);
  return out;
}

void rebase_history(const Tensor& view, std::shared_ptr<Node> fn) {
  Tensor base(view.impl()->view_base);
  auto copy_slices = std::make_shared<CopySlices>(base, geometry_of(view), std::move(fn));
  set_history(base, copy_slices, 0);
  renew_view_history(view);
}

namespace {

constexpr const char* kMultiOutputViews =
    " This view is the output of a function that returns multiple views. Such functions do not allow the output "
    "views to be modified inplace. You should replace the inplace operation by an out-of-place one.";

}  // namespace

void check_view_writable(const Tensor& view) {
  const TensorImpl& impl = *view.impl();
  if (impl.view_creation == ViewCreation::Default) return;
  std::string header =
      impl.grad_fn ? cat("Output ", impl.output_nr, " of ", impl.grad_fn->display_name(),
                         " is a view and is being modified inplace.")
                   : std::string("A view was created in no_grad mode and is being modified inplace with grad mode enabled.");
  if (impl.view_creation == ViewCreation::MultiOutput) fail(header, kMultiOutputViews);
  fail(header,
       " Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by moving "
       "both the view and the inplace either both inside the no_grad block (if you don't want the inplace to be "
       "tracked) or both outside (if you want the inplace to be tracked).");
}

// Tensor's autograd accessors live here because a view's may have to renew its history.
const std::shared_ptr<Node>& Tensor::grad_fn() const {
  TensorImpl& impl = *impl_;
  if (impl.view_base && impl.view_version != *impl.version) {
    // An output of split/chunk/unbind cannot follow its base's in-place change: PyTorch refuses
    // to use it from then on (its old history would hand gradients to overwritten values).
    if (impl.view_creation == ViewCreation::MultiOutput) {
      if (impl.grad_fn)
        fail("Output ", impl.output_nr, " of ", impl.grad_fn->display_name(),
             " is a view and its base or another view of its base has been modified inplace.", kMultiOutputViews);
    } else if (impl.grad_fn || Tensor(impl.view_base).requires_grad()) {
      renew_view_history(*this);
    }
  }
  return impl.grad_fn;
}

bool Tensor::requires_grad() const {
  const TensorImpl& impl = *impl_;
  if (impl.requires_grad || grad_fn()) return true;
  return impl.view_base && Tensor(impl.view_base).requires_grad();
}

}  // namespace gb
