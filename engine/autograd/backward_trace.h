#pragma once
// An opt-in record of the latest backward pass: the gradient that flowed along each edge of the
// graph, for pictures that show backpropagation (the notebook's graph and chain-rule views).
// Off by default; when off, the backward pass pays one flag test per node.
#include <memory>
#include <vector>

#include "autograd/node.h"

namespace gb {

// The gradient `from` sent to input slot `input_nr` of `to` along its next edge `edge`.
// The caller's seed gradients leave the graph's root, which is no node of the graph: for them
// `from_root` is set and `from` is empty.
struct TracedEdge {
  bool from_root = false;
  std::weak_ptr<Node> from;
  size_t edge = 0;
  std::weak_ptr<Node> to;
  uint32_t input_nr = 0;
  Tensor grad;
};

// Turning tracing off keeps the latest trace (a pass run meanwhile leaves it alone).
void set_backward_trace(bool enabled);
bool backward_trace_enabled();
// The edges of the latest backward pass run while tracing was on, in the order they flowed.
const std::vector<TracedEdge>& last_backward_trace();

// Called by the backward pass.
void begin_traced_backward();
void trace_edge(TracedEdge edge);

// Forgets the latest trace (the gradients it holds are freed).
void clear_backward_trace();

}  // namespace gb
