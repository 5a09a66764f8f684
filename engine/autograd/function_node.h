#pragma once
// The node of a user-defined torch.autograd.Function. Its backward is host code (the class's
// Python `backward`) reached through a callback; the engine treats what comes back as PyTorch
// does: a gradient is summed down to its input's shape when it is a broadcast of it, cast to
// the input's dtype, and refused with PyTorch's error when its shape does not fit.
#include "autograd/node.h"

namespace gb {

class FunctionNode final : public Node {
 public:
  // Gets one gradient per forward output (zeros where none flowed, if `materialize_grads`)
  // and the saved tensors; returns one gradient per tensor input (undefined: none).
  using Backward = std::function<Grads(const Grads& grad_outputs, const std::vector<Tensor>& saved)>;

  // Records the node behind `outputs` (the differentiable results of forward), with an edge
  // to each of `inputs` (the forward's tensor arguments).
  static std::shared_ptr<FunctionNode> record(std::string name, const std::vector<Tensor>& inputs,
                                              const std::vector<Tensor>& outputs, const std::vector<Tensor>& saved,
                                              bool materialize_grads, Backward backward);

  FunctionNode(std::string name, std::vector<Edge> next_edges, uint32_t num_outputs);
  Grads apply(Grads&& grad_outputs) override;
  void release_saved() override;
  // ctx.saved_tensors: PyTorch's error once backward has freed them.
  std::vector<Tensor> saved_tensors() const;

  // The host's object behind this node (its Python context), 0 if none.
  int32_t host_object = 0;

 private:
  struct Meta {
    Shape shape;
    DType dtype;
  };
  std::vector<Meta> inputs_;
  std::vector<Meta> outputs_;
  std::vector<SavedTensor> saved_;
  bool released_ = false;
  bool materialize_grads_ = true;
  Backward backward_;
};

// PyTorch's check of a gradient `g` a node returns for an input of `shape`: summed down to the
// shape if the input broadcasts to g's, else "Function <node> returned an invalid gradient".
Tensor fit_gradient(const Tensor& g, const Shape& shape, const std::string& node, size_t index);

}  // namespace gb
