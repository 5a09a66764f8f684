#include "autograd/view_history.h"

#include <cstring>

#include "autograd/record.h"
#include "kernels/reduce.h"
#include "ops/copy.h"
#include "ops/view_geometry.h"
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

Tensor gather_from_base(const Tensor& t, const Geometry& base, const Geometry& view);

// AsStridedBackward0: the base's gradient is zero outside the view's region; overlapping
// elements of the view (an expanded one) add up. Recorded (under create_graph) as PyTorch's
// as_strided_backward ends, with an as_strided of the buffer, whose gradient gathers the region.
Tensor scatter_into_base(const Tensor& grad, const Geometry& base, const Geometry& view) {
  Tensor buffer = zeros_strided(base, grad.dtype());
  Tensor region = region_of(buffer, base, view);
  dispatch(grad.dtype(), [&](auto tag) {
    using T = decltype(tag);
    fold_kernel(region.data<T>(), region.strides(), grad.data<T>(), grad.shape(), grad.strides(),
                [](T acc, T v) { return T(acc + v); });
  });
  if (needs_grad(grad))
    record("AsStridedBackward0", buffer, {grad}, {},
           [base, view](const BackwardContext& c) { return Grads{gather_from_base(c.grad(), base, view)}; });
  return buffer;
}

// The view's region of `t` (a tensor of the base's shape), as a new tensor: as_strided, whose
// gradient scatters back into the base's shape.
Tensor gather_from_base(const Tensor& t, const Geometry& base, const Geometry& view) {
  Tensor laid_out = empty_strided(base.shape, base.strides, t.dtype());
  copy_values(laid_out, t);
  Tensor out = contiguous_copy(region_of(laid_out, base, view));
  if (needs_grad(t))
    record("AsStridedBackward0", out, {t}, {},
           [base, view](const BackwardContext& c) { return Grads{scatter_into_base(c.grad(), base, view)}; });
  return out;
}

// `grad` (of the base's shape) with the view's region replaced by `inside`, laid out like the
// base, written as PyTorch's CopySlices writes it: grad copied into a new tensor, then inside
// copied into that tensor's region through an as_strided view, so a recording backward records
// CopyBackwards, AsStridedBackward0 and a CopySlices on top.
Tensor with_region_replaced(const Tensor& grad, const Tensor& inside, const Geometry& base, const Geometry& view) {
  Tensor result = empty_strided(base.shape, base.strides, grad.dtype());
  copy_(result, grad);
  Tensor region = as_view(result, {view.shape, view.strides, view.offset - base.offset});
  if (needs_grad(result))
    record("AsStridedBackward0", region, {result}, {},
           [base, view](const BackwardContext& c) { return Grads{scatter_into_base(c.grad(), base, view)}; });
  copy_(region, inside);
  return result;
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
// inputs get what its formula gives them. Written with recorded steps, so that a create_graph
// backward can be differentiated again.
Grads CopySlices::apply(Grads&& grad_outputs) {
  const Tensor& grad = grad_outputs[0];
  Grads out(next_edges().size());
  if (!grad.defined()) return out;
  Grads res = fn_->apply({gather_from_base(grad, base_, view_)});
  if (next_edges()[0].node)
    out[0] = with_region_replaced(grad, res[0].defined() ? res[0] : zeros(view_.shape, grad.dtype()), base_, view_);
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
