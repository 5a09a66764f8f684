// The opt-in trace of the latest backward pass, the leaf behind an AccumulateGrad node, and the
// numbers a node saved: what gradbook's graph and chain-rule pictures read.
#include "autograd/backward_trace.h"
#include "common.h"

namespace gb::bind {
namespace {

// Returns whether tracing was on before.
bool set_backward_trace_(bool enabled) {
  bool was = backward_trace_enabled();
  set_backward_trace(enabled);
  return was;
}

// [[from node, edge index, to node, input_nr, grad], ...]; from is 0 for the seed gradient.
// Edges whose nodes have died since are left out.
val backward_trace() {
  val out = val::array();
  for (const TracedEdge& e : last_backward_trace()) {
    auto to = e.to.lock();
    auto from = e.from.lock();
    if (!to || (!from && !e.from_root)) continue;
    val entry = val::array();
    entry.call<void>("push", from ? nodes().acquire(from) : 0);
    entry.call<void>("push", e.edge);
    entry.call<void>("push", nodes().acquire(to));
    entry.call<void>("push", e.input_nr);
    entry.call<void>("push", H(e.grad));
    out.call<void>("push", entry);
  }
  return out;
}

// The leaf tensor an AccumulateGrad node adds gradients into.
int32_t node_variable(int32_t n) {
  auto accumulate = std::dynamic_pointer_cast<AccumulateGrad>(nodes().get(n));
  if (!accumulate) fail("'", nodes().get(n)->name(), "' object has no attribute 'variable'");
  return H(accumulate->variable());
}

// A number the node saved for its formula (grad_fn._saved_<name>); undefined if it has none.
val node_saved_number(int32_t n, std::string name) {
  for (const auto& [saved, value] : nodes().get(n)->saved_numbers())
    if (saved == name) return val(value);
  return val::undefined();
}

}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(backward_trace) {
  using namespace gb::bind;
  GB_EXPORT("set_backward_trace", &set_backward_trace_);
  GB_EXPORT("backward_trace", &backward_trace);
  GB_EXPORT("node_variable", &node_variable);
  GB_EXPORT("node_saved_number", &node_saved_number);
}
