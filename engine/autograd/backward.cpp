#include "autograd/backward.h"

#include <algorithm>
#include <queue>
#include <unordered_map>
#include <unordered_set>

#include "autograd/backward_trace.h"
#include "autograd/grad_mode.h"
#include "autograd/node.h"
#include "ops/arithmetic.h"
#include "ops/copy.h"
#include "tensor/error.h"

namespace gb {

namespace {

// Stands for the caller: its "gradients" are the ones given to backward().
class GraphRoot final : public Node {
 public:
  GraphRoot(std::vector<Edge> edges, Grads grads) : Node("GraphRoot", std::move(edges), 0), grads_(std::move(grads)) {}
  Grads apply(Grads&&) override { return grads_; }

 private:
  Grads grads_;
};

Grads root_grads(const std::vector<Tensor>& outputs, const std::vector<Tensor>& grad_outputs) {
  Grads grads;
  for (size_t i = 0; i < outputs.size(); ++i) {
    const Tensor& out = outputs[i];
    if (!out.requires_grad())
      fail("element ", i, " of tensors does not require grad and does not have a grad_fn");
    Tensor g = i < grad_outputs.size() ? grad_outputs[i] : Tensor{};
    if (!g.defined()) {
      if (out.numel() != 1) fail("grad can be implicitly created only for scalar outputs");
      g = ones(out.shape(), out.dtype());
    } else if (g.shape() != out.shape()) {
      fail("Mismatch in shape: grad_output[", i, "] has a shape of torch.Size(", shape_str(g.shape()),
           ") and output[", i, "] has a shape of torch.Size(", shape_str(out.shape()), ").");
    } else if (g.dtype() != out.dtype()) {
      g = to_dtype(g, out.dtype());
    }
    grads.push_back(g);
  }
  return grads;
}

Tensor run_hooks(const std::vector<std::pair<uint32_t, GradHook>>& hooks, uint32_t slot, Tensor g) {
  for (const auto& [output_nr, hook] : hooks) {
    if (output_nr != slot || !g.defined()) continue;
    Tensor replaced = hook(g);
    if (replaced.defined()) g = replaced;
  }
  return g;
}

// Node → a dense slot number, by open addressing in one table: a backward pass looks nodes
// up several times each, and a node-based hash map would allocate for every node.
class NodeSlots {
 public:
  // The node's slot, given a new one on first sight; `added` tells which.
  uint32_t slot(Node* node, bool* added = nullptr) {
    if ((count_ + 1) * 2 > table_.size()) rehash(table_.empty() ? 64 : table_.size() * 2);
    Entry& e = find(node);
    if (added) *added = !e.node;
    if (!e.node) e = {node, count_++};
    return e.slot;
  }
  uint32_t size() const { return count_; }

 private:
  struct Entry {
    Node* node = nullptr;
    uint32_t slot = 0;
  };
  Entry& find(Node* node) {
    const size_t mask = table_.size() - 1;
    size_t i = (reinterpret_cast<uintptr_t>(node) >> 4) * 0x9E3779B1u & mask;
    while (table_[i].node && table_[i].node != node) i = (i + 1) & mask;
    return table_[i];
  }
  void rehash(size_t size) {
    std::vector<Entry> old(size);
    old.swap(table_);
    for (const Entry& e : old)
      if (e.node) find(e.node) = e;
  }
  std::vector<Entry> table_;
  uint32_t count_ = 0;
};

// A non-leaf that retains its gradient adds it into its .grad.
void retain(const std::weak_ptr<TensorImpl>& tensor, const Tensor& g) {
  auto t = tensor.lock();
  if (!t || !g.defined()) return;
  if (t->grad.defined()) t->grad = add(t->grad, g);
  else t->grad = grad_enabled() ? clone(g) : contiguous_copy(g);  // a recording pass keeps the history
}

struct LaterFirst {
  bool operator()(const Node* a, const Node* b) const { return a->sequence_nr() < b->sequence_nr(); }
};

// One backward pass over the graph reachable from a root node.
class GraphTask {
 public:
  // create_graph: the formulas run with grad mode on, so the gradients get histories of
  // their own and can be differentiated again.
  GraphTask(bool keep_graph, bool create_graph) : keep_graph_(keep_graph), create_graph_(create_graph) {}

  // For autograd.grad: capture what reaches input slot `slot` of `node`, and run only the
  // nodes that lead to a capture.
  void capture(Node* node, uint32_t slot, size_t index) { captures_[node].push_back({slot, index}); }
  std::vector<Tensor>& captured() { return captured_; }

  void run(const std::shared_ptr<Node>& root) {
    count_dependencies(root.get());
    if (!captures_.empty()) mark_needed(root.get());
    std::priority_queue<Node*, std::vector<Node*>, LaterFirst> ready;
    ready.push(root.get());
    GradModeGuard grad_mode(create_graph_);
    const bool tracing = backward_trace_enabled();
    if (tracing) begin_traced_backward();
    while (!ready.empty()) {
      Node* node = ready.top();
      ready.pop();
      Grads inputs = std::move(buffer(node));
      inputs.resize(node->num_outputs());
      for (uint32_t slot = 0; slot < inputs.size(); ++slot) inputs[slot] = run_hooks(node->pre_hooks(), slot, inputs[slot]);
      if (auto it = captures_.find(node); it != captures_.end())
        for (auto [slot, index] : it->second) captured_[index] = inputs[slot];
      if (!captures_.empty() && !needed_.count(node)) continue;
      for (const auto& [slot, tensor] : node->retained()) retain(tensor, inputs[slot]);

      // A node no gradient reached (its consumers' formulas gave none) passes none on; the
      // root, which has no inputs, always runs.
      bool reached = inputs.empty() || std::any_of(inputs.begin(), inputs.end(), [](const Tensor& g) { return g.defined(); });
      Grads outputs = reached ? node->apply(std::move(inputs)) : Grads{};
      if (!keep_graph_) node->release_saved();
      const auto& edges = node->next_edges();
      for (size_t i = 0; i < edges.size(); ++i) {
        Node* next = edges[i].node.get();
        if (!next) continue;
        if (tracing && i < outputs.size() && outputs[i].defined()) {
          bool from_root = node == root.get();
          trace_edge({from_root, from_root ? std::weak_ptr<Node>{} : node->weak_from_this(), i, edges[i].node,
                      edges[i].input_nr, outputs[i]});
        }
        if (i < outputs.size() && outputs[i].defined()) accumulate(next, edges[i].input_nr, std::move(outputs[i]));
        if (--dependencies_[slots_.slot(next)] == 0) ready.push(next);
      }
    }
  }

 private:
  // Every node reachable from the root gets a slot; dependencies_ counts its incoming edges.
  void count_dependencies(Node* root) {
    std::vector<Node*> stack{root};
    slots_.slot(root);
    dependencies_.push_back(0);
    while (!stack.empty()) {
      Node* node = stack.back();
      stack.pop_back();
      for (const Edge& e : node->next_edges()) {
        Node* next = e.node.get();
        if (!next) continue;
        bool added;
        uint32_t slot = slots_.slot(next, &added);
        if (added) {
          dependencies_.push_back(0);
          stack.push_back(next);
        }
        ++dependencies_[slot];
      }
    }
    buffers_.resize(slots_.size());
  }

  Grads& buffer(Node* node) { return buffers_[slots_.slot(node)]; }

  // A node is needed when a capture is reachable from it (itself included, if it must run
  // to pass gradients further). A depth-first walk with its own stack: a graph may be far
  // deeper than the call stack.
  void mark_needed(Node* root) {
    struct Visit {
      Node* node;
      size_t next_edge = 0;
      bool needed = false;
    };
    std::unordered_map<Node*, bool> seen;  // node → needed (settled once its walk is done)
    std::vector<Visit> stack{{root}};
    seen[root] = false;
    while (!stack.empty()) {
      Visit& visit = stack.back();
      const std::vector<Edge>& edges = visit.node->next_edges();
      if (visit.next_edge < edges.size()) {
        Node* next = edges[visit.next_edge++].node.get();
        if (!next) continue;
        // A captured node may itself lead to further captures, so always look below it.
        if (captures_.count(next)) visit.needed = true;
        auto [it, first_sight] = seen.try_emplace(next, false);
        if (!first_sight) visit.needed |= it->second;
        else stack.push_back({next});  // `visit` is not used past this point
        continue;
      }
      Visit done = visit;
      stack.pop_back();
      seen[done.node] = done.needed;
      if (!done.needed) continue;
      needed_.insert(done.node);
      if (!stack.empty()) stack.back().needed = true;
    }
  }

  void accumulate(Node* node, uint32_t slot, Tensor g) {
    Grads& grads = buffer(node);
    if (grads.size() < node->num_outputs()) grads.resize(node->num_outputs());
    Tensor& sum = grads[slot];
    sum = sum.defined() ? add(sum, g) : std::move(g);
  }

  bool keep_graph_;
  bool create_graph_;
  NodeSlots slots_;
  std::vector<int> dependencies_;  // by slot
  std::vector<Grads> buffers_;     // by slot: the gradients gathered for a node's outputs
  std::unordered_map<Node*, std::vector<std::pair<uint32_t, size_t>>> captures_;
  std::unordered_set<Node*> needed_;
  std::vector<Tensor> captured_;
};

std::vector<Edge> root_edges(const std::vector<Tensor>& outputs) {
  std::vector<Edge> edges;
  for (const Tensor& out : outputs) edges.push_back(gradient_edge(out));
  return edges;
}

// Runs the graph behind `outputs`, capturing the gradient that reaches each of `inputs`;
// only the nodes that lead to an input run.
std::vector<Tensor> capture_gradients(const std::vector<Tensor>& outputs, const std::vector<Tensor>& grad_outputs,
                                      const std::vector<Tensor>& inputs, bool retain_graph, bool create_graph) {
  Grads grads = root_grads(outputs, grad_outputs);
  auto root = std::make_shared<GraphRoot>(root_edges(outputs), std::move(grads));
  GraphTask task(retain_graph, create_graph);
  task.captured().resize(inputs.size());
  std::vector<std::shared_ptr<Node>> keep_alive;  // accumulators created just for capturing
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (!inputs[i].requires_grad()) fail("One of the differentiated Tensors does not require grad");
    Edge e = gradient_edge(inputs[i]);
    keep_alive.push_back(e.node);
    task.capture(e.node.get(), e.input_nr, i);
  }
  task.run(root);
  return std::move(task.captured());
}

}  // namespace

void backward(const std::vector<Tensor>& outputs, const std::vector<Tensor>& grad_outputs, bool retain_graph,
              const std::vector<Tensor>& inputs, bool create_graph) {
  if (inputs.empty()) {
    Grads grads = root_grads(outputs, grad_outputs);
    auto root = std::make_shared<GraphRoot>(root_edges(outputs), std::move(grads));
    GraphTask(retain_graph, create_graph).run(root);
    return;
  }
  std::vector<Tensor> captured = capture_gradients(outputs, grad_outputs, inputs, retain_graph, create_graph);
  GradModeGuard grad_mode(create_graph);
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (!captured[i].defined()) continue;
    if (inputs[i].is_leaf()) gradient_edge(inputs[i]).node->apply({captured[i]});  // hooks, then accumulation
    else retain(inputs[i].shared(), captured[i]);
  }
}

std::vector<Tensor> grad(const std::vector<Tensor>& outputs, const std::vector<Tensor>& grad_outputs,
                         const std::vector<Tensor>& inputs, bool retain_graph, bool allow_unused, bool create_graph) {
  std::vector<Tensor> result = capture_gradients(outputs, grad_outputs, inputs, retain_graph, create_graph);
  for (const Tensor& g : result)
    if (!g.defined() && !allow_unused)
      fail("One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=True "
           "if this is the desired behavior.");
  return result;
}

}  // namespace gb
