#include "autograd/node.h"

#include "autograd/grad_mode.h"
#include "ops/ops.h"
#include "tensor/error.h"

namespace gb {

namespace {
uint64_t g_next_sequence_nr = 0;
}

Node::Node(std::string name, std::vector<Edge> next_edges, uint32_t num_outputs)
    : name_(std::move(name)), next_edges_(std::move(next_edges)), num_outputs_(num_outputs),
      sequence_nr_(g_next_sequence_nr++) {}

SavedTensor::SavedTensor(const Tensor& t)
    : data_(detach(t)), saved_version_(*t.impl()->version), producer_(t.grad_fn()), output_nr_(t.impl()->output_nr) {}

Tensor SavedTensor::unpack() const {
  uint32_t now = *data_.impl()->version;
  if (now != saved_version_) {
    auto producer = producer_.lock();
    std::string origin = producer ? cat(", which is output ", output_nr_, " of ", producer->name(), ",") : "";
    fail("one of the variables needed for gradient computation has been modified by an inplace operation: [",
         legacy_type_name(data_.dtype()), " ", shape_str(data_.shape()), "]", origin, " is at version ", now,
         "; expected version ", saved_version_,
         " instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, "
         "with torch.autograd.set_detect_anomaly(True).");
  }
  return data_;
}

OpNode::OpNode(std::string name, std::vector<Edge> next_edges, std::vector<SavedTensor> saved, BackwardFn fn,
               uint32_t num_outputs)
    : Node(std::move(name), std::move(next_edges), num_outputs), saved_(std::move(saved)), fn_(std::move(fn)) {}

Grads OpNode::apply(Grads&& grad_outputs) {
  if (released_)
    fail("Trying to backward through the graph a second time (or directly access saved tensors after they have "
         "already been freed). Saved intermediate values of the graph are freed when you call .backward() or "
         "autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or "
         "if you need to access saved tensors after calling backward.");
  std::vector<Tensor> saved;
  saved.reserve(saved_.size());
  for (const SavedTensor& s : saved_) saved.push_back(s.unpack());
  return fn_(BackwardContext(grad_outputs, saved, next_edges()));
}

void OpNode::release_saved() {
  // A node that saved nothing can run again, exactly as in PyTorch.
  if (saved_.empty()) return;
  saved_.clear();
  released_ = true;
}

AccumulateGrad::AccumulateGrad(Tensor variable) : Node("AccumulateGrad", {}, 1), variable_(std::move(variable)) {}

Grads AccumulateGrad::apply(Grads&& grad_outputs) {
  Tensor g = std::move(grad_outputs[0]);
  if (!g.defined()) return {};
  TensorImpl& v = *variable_.impl();
  for (const GradHook& hook : v.hooks) {
    Tensor replaced = hook(g);
    if (replaced.defined()) g = replaced;
  }
  if (!v.grad.defined()) {
    // The leaf's .grad must be its own dense tensor: later in-place updates may not leak into
    // other tensors that share the incoming gradient's storage.
    bool exclusive = g.shared().use_count() == 1 && g.impl()->storage.use_count() == 1 && g.is_contiguous() &&
                     g.impl()->offset == 0 && !g.impl()->view_base;
    v.grad = exclusive ? g : contiguous_copy(g);
  } else {
    add_(v.grad, g);
  }
  return {};
}

Edge gradient_edge(const Tensor& t) {
  TensorImpl& impl = *t.impl();
  if (impl.grad_fn) return {impl.grad_fn, impl.output_nr};
  if (!impl.requires_grad) return {};
  auto accumulator = impl.grad_accumulator.lock();
  if (!accumulator) {
    accumulator = std::make_shared<AccumulateGrad>(t);
    impl.grad_accumulator = accumulator;
  }
  return {accumulator, 0};
}

}  // namespace gb
