#include "autograd/function_node.h"

#include "ops/copy.h"
#include "ops/reduction.h"
#include "tensor/error.h"

namespace gb {

namespace {

[[noreturn]] void fail_freed() {
  fail("Trying to backward through the graph a second time (or directly access saved tensors after they have "
       "already been freed). Saved intermediate values of the graph are freed when you call .backward() or "
       "autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or "
       "if you need to access saved tensors after calling backward.");
}

}  // namespace

FunctionNode::FunctionNode(std::string name, std::vector<Edge> next_edges, uint32_t num_outputs)
    : Node(std::move(name), std::move(next_edges), num_outputs) {}

std::shared_ptr<FunctionNode> FunctionNode::record(std::string name, const std::vector<Tensor>& inputs,
                                                   const std::vector<Tensor>& outputs, const std::vector<Tensor>& saved,
                                                   bool materialize_grads, Backward backward) {
  std::vector<Edge> edges;
  for (const Tensor& t : inputs) edges.push_back(gradient_edge(t));
  auto node = std::make_shared<FunctionNode>(std::move(name), std::move(edges), uint32_t(outputs.size()));
  for (const Tensor& t : inputs) node->inputs_.push_back({t.shape(), t.dtype()});
  for (size_t i = 0; i < outputs.size(); ++i) {
    node->outputs_.push_back({outputs[i].shape(), outputs[i].dtype()});
    set_history(outputs[i], node, uint32_t(i));
  }
  for (const Tensor& t : saved) {
    bool is_output = std::any_of(outputs.begin(), outputs.end(), [&](const Tensor& o) { return o.is_same(t); });
    node->saved_.emplace_back(t, is_output, *node);
  }
  node->materialize_grads_ = materialize_grads;
  node->backward_ = std::move(backward);
  return node;
}

std::vector<Tensor> FunctionNode::saved_tensors() const {
  if (released_) fail_freed();
  std::vector<Tensor> out;
  for (const SavedTensor& s : saved_) out.push_back(s.unpack(*this));
  return out;
}

Grads FunctionNode::apply(Grads&& grad_outputs) {
  if (materialize_grads_)
    for (size_t i = 0; i < grad_outputs.size(); ++i)
      if (!grad_outputs[i].defined()) grad_outputs[i] = zeros(outputs_[i].shape, outputs_[i].dtype);
  Grads grads = backward_(grad_outputs, saved_tensors());
  grads.resize(inputs_.size());
  for (size_t i = 0; i < grads.size(); ++i) {
    Tensor& g = grads[i];
    const Meta& input = inputs_[i];
    if (!g.defined()) continue;
    g = fit_gradient(g, input.shape, name(), i);
    if (g.dtype() != input.dtype) g = to_dtype(g, input.dtype);
  }
  return grads;
}

Tensor fit_gradient(const Tensor& g, const Shape& shape, const std::string& node, size_t index) {
  if (g.shape() == shape) return g;
  Shape common;
  try {
    common = broadcast_shapes(shape, g.shape());
  } catch (const Error&) {
  }
  if (common != g.shape())
    fail("Function ", node, " returned an invalid gradient at index ", index, " - got ", shape_str(g.shape()),
         " but expected shape compatible with ", shape_str(shape));
  return sum_to(g, shape);
}

void FunctionNode::release_saved() {
  if (saved_.empty()) return;  // a Function that saved nothing can run again, as in PyTorch
  saved_.clear();
  released_ = true;
}

}  // namespace gb
