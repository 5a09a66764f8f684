#include "autograd/node.h"

#include <new>

#include "autograd/grad_mode.h"
#include "ops/arithmetic.h"
#include "ops/copy.h"
#include "tensor/error.h"

namespace gb {

namespace {
uint64_t g_next_sequence_nr = 0;
}

Node::Node(std::string name, std::vector<Edge> next_edges, uint32_t num_outputs)
    : name_(std::move(name)), next_edges_(std::move(next_edges)), num_outputs_(num_outputs),
      sequence_nr_(g_next_sequence_nr++) {}

Node::~Node() {
  for (Edge& edge : next_edges_) drop_node(edge.node);
}

// The last owner of a tensor drops its grad_fn through drop_node (this destructor lives
// beside it; tensor/ knows nothing of nodes).
TensorImpl::~TensorImpl() {
  --live_count;
  drop_node(grad_fn);
}

void drop_node(std::shared_ptr<Node>& node) noexcept {
  // Nodes whose last owner is gone, waiting to be freed by the loop below. One thread runs
  // the engine, so one queue serves it; it is never destroyed, so tensors freed during static
  // destruction still find it.
  static auto& doomed = *new std::vector<std::shared_ptr<Node>>;
  static bool freeing = false;
  if (!node) return;
  if (node.use_count() > 1) {  // another owner keeps it alive: nothing gets freed now
    node.reset();
    return;
  }
  try {
    doomed.push_back(std::move(node));
  } catch (const std::bad_alloc&) {  // no room to queue it: free it right here instead
    node.reset();
    return;
  }
  if (freeing) return;  // the loop further up the stack will free it
  freeing = true;
  while (!doomed.empty()) {
    std::shared_ptr<Node> next = std::move(doomed.back());
    doomed.pop_back();
    next.reset();  // its destructor queues the nodes it alone kept alive
  }
  freeing = false;
}

void Node::remove_retained(const TensorImpl* t) {
  std::erase_if(retained_, [t](const auto& entry) { return entry.second.lock().get() == t; });
}

SavedTensor::SavedTensor(const Tensor& t, bool is_output, const Node& owner)
    : data_(t.defined() ? detach(t) : Tensor{}), saved_version_(t.defined() ? *t.impl()->version : 0),
      is_output_(is_output), output_nr_(t.defined() ? t.impl()->output_nr : 0) {
  if (t.defined() && !is_output) {
    original_ = t.shared();
    const std::shared_ptr<Node>& producer = t.grad_fn();
    if (producer && producer->sequence_nr() > owner.sequence_nr()) later_producer_ = producer;
    else producer_ = producer;
  }
}

Tensor SavedTensor::unpack(const Node& owner) const {
  if (!data_.defined()) return data_;
  uint32_t now = *data_.impl()->version;
  if (now != saved_version_) {
    std::string producer;
    uint32_t output_nr = output_nr_;
    if (is_output_) {
      producer = owner.display_name();
    } else if (auto original = original_.lock()) {
      Tensor t(original);
      if (t.grad_fn()) producer = t.grad_fn()->display_name();
      output_nr = original->output_nr;
    } else if (auto node = producer_node()) {
      producer = node->display_name();
    }
    std::string origin = producer.empty() ? "" : cat(", which is output ", output_nr, " of ", producer, ",");
    fail("one of the variables needed for gradient computation has been modified by an inplace operation: [",
         legacy_type_name(data_.dtype()), " ", shape_str(data_.shape()), "]", origin, " is at version ", now,
         "; expected version ", saved_version_,
         " instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, "
         "with torch.autograd.set_detect_anomaly(True).");
  }
  // A backward pass that records (create_graph) needs the saved value with its history, so that
  // the formula's result leads back to what the value was computed from.
  if (!grad_enabled()) return data_;
  if (is_output_) return with_history(std::const_pointer_cast<Node>(owner.shared_from_this()), output_nr_);
  if (auto original = original_.lock()) return Tensor(original);
  if (auto node = producer_node()) return with_history(std::move(node), output_nr_);
  return data_;
}

Tensor SavedTensor::with_history(std::shared_ptr<Node> node, uint32_t output_nr) const {
  Tensor t = detach(data_);
  TensorImpl& impl = *t.impl();
  impl.grad_fn = std::move(node);
  impl.output_nr = output_nr;
  impl.view_version = *impl.version;
  return t;
}

OpNode::OpNode(std::string name, std::vector<Edge> next_edges, BackwardFn fn, uint32_t num_outputs)
    : Node(std::move(name), std::move(next_edges), num_outputs), fn_(std::move(fn)) {}

Grads OpNode::apply(Grads&& grad_outputs) {
  if (released_)
    fail("Trying to backward through the graph a second time (or directly access saved tensors after they have "
         "already been freed). Saved intermediate values of the graph are freed when you call .backward() or "
         "autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or "
         "if you need to access saved tensors after calling backward.");
  std::vector<Tensor> saved;
  saved.reserve(saved_.size());
  for (const SavedTensor& s : saved_) saved.push_back(s.unpack(*this));
  return fn_(BackwardContext(grad_outputs, saved, next_edges()));
}

std::string OpNode::display_name() const {
  return name() == "CopyBackwards" || name() == "NotImplemented" ? "torch::autograd::" + name() : name();
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
  if (grad_enabled()) {
    // A backward pass that records (create_graph) keeps .grad's history: a copy of the first
    // gradient (CopyBackwards), then sums out of place (AddBackward0), as PyTorch does.
    if (v.grad.defined()) {
      v.grad = add(v.grad, g);
    } else {
      v.grad = empty(g.shape(), g.dtype());
      copy_(v.grad, g);
    }
  } else if (!v.grad.defined()) {
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
  if (t.grad_fn()) return {impl.grad_fn, impl.output_nr};
  if (!impl.requires_grad) return {};
  auto accumulator = impl.grad_accumulator.lock();
  if (!accumulator) {
    accumulator = std::make_shared<AccumulateGrad>(t);
    impl.grad_accumulator = accumulator;
  }
  return {accumulator, 0};
}

void set_history(const Tensor& t, std::shared_ptr<Node> node, uint32_t output_nr) {
  TensorImpl& impl = *t.impl();
  if (impl.retains_grad) {
    if (impl.grad_fn) impl.grad_fn->remove_retained(&impl);
    node->add_retained(output_nr, t.shared());
  }
  impl.grad_fn = std::move(node);
  impl.output_nr = output_nr;
  impl.view_version = *impl.version;
}

}  // namespace gb
