#pragma once
// The backward pass: runs the graph behind some outputs in reverse, accumulating into the
// leaves' .grad (backward) or returning the gradients of chosen inputs (grad).
#include <vector>

#include "tensor/tensor.h"

namespace gb {

// tensor.backward(gradient, retain_graph, inputs) for each output; a missing gradient is allowed
// only for a one-element output (PyTorch's "grad can be implicitly created" rule). With
// `inputs`, only their .grad is accumulated into. With `create_graph`, the backward formulas are
// themselves recorded: the gradients have histories and can be differentiated again.
void backward(const std::vector<Tensor>& outputs, const std::vector<Tensor>& grad_outputs, bool retain_graph,
              const std::vector<Tensor>& inputs = {}, bool create_graph = false);

// torch.autograd.grad: the gradients of `outputs` w.r.t. `inputs`, leaving every .grad alone.
// An input the outputs do not depend on gives an undefined tensor if allow_unused, else an error.
std::vector<Tensor> grad(const std::vector<Tensor>& outputs, const std::vector<Tensor>& grad_outputs,
                         const std::vector<Tensor>& inputs, bool retain_graph, bool allow_unused,
                         bool create_graph = false);

}  // namespace gb
