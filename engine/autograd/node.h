#pragma once
// The backward graph. Each recorded op leaves a Node that turns the gradients of its
// outputs into gradients of its inputs and sends them along its next edges.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "tensor/tensor.h"

namespace gb {

class Node;

// Where a gradient goes: input slot `input_nr` of `node`. An empty edge means the input
// did not require grad.
struct Edge {
  std::shared_ptr<Node> node;
  uint32_t input_nr = 0;
};

using Grads = std::vector<Tensor>;

class Node : public std::enable_shared_from_this<Node> {
 public:
  Node(std::string name, std::vector<Edge> next_edges, uint32_t num_outputs = 1);
  // Hands the next edges' nodes to drop_node (a long chain is freed node after node).
  virtual ~Node();
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;

  // PyTorch's class name for this node, e.g. "MulBackward0".
  const std::string& name() const { return name_; }
  // What PyTorch's Node.name() returns: the class name, or for nodes PyTorch writes by hand in
  // C++ (AccumulateGrad, CopySlices) the qualified C++ name. Error messages use it too.
  virtual std::string display_name() const { return name_; }
  const std::vector<Edge>& next_edges() const { return next_edges_; }
  uint32_t num_outputs() const { return num_outputs_; }
  // Creation order: the backward pass runs later nodes first, as PyTorch's does.
  uint64_t sequence_nr() const { return sequence_nr_; }

  // grad_outputs[i] is the gradient of forward output i (undefined if none flowed there).
  // Returns one gradient per next edge (undefined where an input needs none).
  virtual Grads apply(Grads&& grad_outputs) = 0;
  // Frees what the forward saved for backward (unless the graph is retained).
  virtual void release_saved() {}

  // Hooks on the gradient of forward output `output_nr`, run before apply().
  void add_pre_hook(uint32_t output_nr, GradHook hook) { pre_hooks_.emplace_back(output_nr, std::move(hook)); }
  const std::vector<std::pair<uint32_t, GradHook>>& pre_hooks() const { return pre_hooks_; }

  // Numbers the formula uses that PyTorch shows as grad_fn._saved_<name> (e.g. "exponent").
  // Unlike saved tensors they stay readable after backward frees the graph.
  void save_number(std::string name, double value) { saved_numbers_.emplace_back(std::move(name), value); }
  const std::vector<std::pair<std::string, double>>& saved_numbers() const { return saved_numbers_; }

  // Non-leaf tensors that retain their gradient: after the pre-hooks, the gradient of output
  // `output_nr` is added into the tensor's .grad.
  void add_retained(uint32_t output_nr, std::weak_ptr<TensorImpl> t) { retained_.emplace_back(output_nr, std::move(t)); }
  void remove_retained(const TensorImpl* t);
  const std::vector<std::pair<uint32_t, std::weak_ptr<TensorImpl>>>& retained() const { return retained_; }

  // The host binding's handle for this node (0: none), so one node keeps one identity there.
  int32_t host_handle = 0;

 private:
  std::string name_;
  std::vector<Edge> next_edges_;
  uint32_t num_outputs_;
  uint64_t sequence_nr_;
  std::vector<std::pair<uint32_t, GradHook>> pre_hooks_;
  std::vector<std::pair<std::string, double>> saved_numbers_;
  std::vector<std::pair<uint32_t, std::weak_ptr<TensorImpl>>> retained_;
};

// A tensor kept for backward, with the version it had when saved: reading it after an
// in-place change raises PyTorch's "modified by an inplace operation" error, which names the
// node the tensor came from: for a saved output, the node that saved it; for a saved input,
// its current grad_fn (so an in-place op that changed it shows up there). An undefined tensor
// may be saved in the place of an operand no gradient needs.
class SavedTensor {
 public:
  // Saved for `owner`, the node whose formula reads it.
  SavedTensor(const Tensor& t, bool is_output, const Node& owner);
  // The saved value; while a backward pass records (grad mode on), with its history.
  Tensor unpack(const Node& owner) const;

 private:
  Tensor with_history(std::shared_ptr<Node> node, uint32_t output_nr) const;
  std::shared_ptr<Node> producer_node() const { return producer_ ? producer_ : later_producer_.lock(); }

  Tensor data_;  // shares storage and version counter, but carries no graph (no cycles)
  uint32_t saved_version_;
  bool is_output_;
  uint32_t output_nr_;
  std::weak_ptr<TensorImpl> original_;
  // The input's grad_fn when saved, for when the input itself is gone. Held, as PyTorch's
  // SavedVariable holds its variable: an in-place op's saved clone of self is reached by no edge.
  std::shared_ptr<Node> producer_;
  // A grad_fn made after the owner, while the owner's op was recorded, leads back to the owner:
  // the CopySlices an in-place op on a view gives the base, or a view's history renewed from it.
  // Held weakly, as PyTorch's SavedVariable holds an in-place-on-view output's grad_fn, so that
  // the two do not keep each other alive. A CopySlices is there whenever its in-place node runs
  // (it runs it); a renewed view's node lasts as long as the view's history.
  std::weak_ptr<Node> later_producer_;
};

// What an op's backward formula sees.
class BackwardContext {
 public:
  BackwardContext(const Grads& grads, const std::vector<Tensor>& saved, const std::vector<Edge>& next)
      : grads_(grads), saved_(saved), next_(next) {}
  const Tensor& grad(size_t output = 0) const { return grads_[output]; }
  const Grads& grads() const { return grads_; }
  const Tensor& saved(size_t i) const { return saved_[i]; }
  // Whether input i needs a gradient; formulas skip the work for those that don't.
  bool needs(size_t input) const { return next_[input].node != nullptr; }
  size_t num_inputs() const { return next_.size(); }

 private:
  const Grads& grads_;
  const std::vector<Tensor>& saved_;
  const std::vector<Edge>& next_;
};

using BackwardFn = std::function<Grads(const BackwardContext&)>;

// The node of a built-in op: saved tensors plus the op's backward formula.
class OpNode final : public Node {
 public:
  OpNode(std::string name, std::vector<Edge> next_edges, BackwardFn fn, uint32_t num_outputs);
  // Saved after the outputs are attached, so that a saved output knows its node.
  void set_saved(std::vector<SavedTensor> saved) { saved_ = std::move(saved); }
  Grads apply(Grads&& grad_outputs) override;
  void release_saved() override;
  // copy_'s CopyBackwards and the NotImplemented node of a derivative PyTorch lacks are
  // hand-written C++ nodes in PyTorch: torch::autograd::CopyBackwards, ...
  std::string display_name() const override;

 private:
  std::vector<SavedTensor> saved_;
  BackwardFn fn_;
  bool released_ = false;
};

// The sink of a leaf's gradients: adds them into the leaf's .grad.
class AccumulateGrad final : public Node {
 public:
  explicit AccumulateGrad(Tensor variable);
  std::string display_name() const override { return "torch::autograd::AccumulateGrad"; }
  Grads apply(Grads&& grad_outputs) override;
  const Tensor& variable() const { return variable_; }

 private:
  Tensor variable_;
};

// Drops one owner of a node. When that was the last one, the node is freed, and so is every
// node that only it kept alive, one after another in a loop: never a node inside another's
// destructor, which for a graph a million ops deep would overflow the stack (PyTorch frees its
// graphs the same way). Tensors drop their grad_fn through here too, so no chain of owners
// (node → saved tensor → its grad_fn → ...) can nest destructors either.
void drop_node(std::shared_ptr<Node>& node) noexcept;

// The edge a gradient for `t` should follow (empty if t does not require grad).
Edge gradient_edge(const Tensor& t);

// Makes `t` output `output_nr` of `node`; a retained gradient moves along to the new node.
void set_history(const Tensor& t, std::shared_ptr<Node> node, uint32_t output_nr);

}  // namespace gb
