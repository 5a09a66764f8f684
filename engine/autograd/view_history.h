#pragma once
// Views and in-place changes. A view shares its base's storage, so writing through one changes
// what the other holds, and autograd follows PyTorch's rules for it:
//  - an in-place op on a view is recorded on the base as a CopySlices node: the base's incoming
//    gradient, with the view's region replaced by what the op's own formula makes of it;
//  - a view whose data was changed in place (through itself, its base or another view) since its
//    grad_fn was set gets a new one when next asked, AsStridedBackward0, which picks its region
//    out of the base's current history (Tensor::grad_fn() does this).
#include "autograd/node.h"

namespace gb {

// Records the node `fn` of an in-place op whose first input is `view` on the view's base.
void rebase_history(const Tensor& view, std::shared_ptr<Node> fn);

// PyTorch's error for an in-place change, while recording, of a view that is an output of a
// multi-output op or was made in no-grad mode.
void check_view_writable(const Tensor& view);

// The node that replaces a base's history when one of its views is modified in place.
class CopySlices final : public Node {
 public:
  CopySlices(const Tensor& base, const Geometry& view, std::shared_ptr<Node> fn);
  std::string display_name() const override { return "torch::autograd::CopySlices"; }
  Grads apply(Grads&& grad_outputs) override;
  void release_saved() override { fn_->release_saved(); }

 private:
  Geometry base_;
  Geometry view_;
  std::shared_ptr<Node> fn_;  // the in-place op's own node; its first input is the view
};

}  // namespace gb
