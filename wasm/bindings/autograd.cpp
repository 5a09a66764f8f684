// Autograd state of tensors, graph nodes, backward, autograd.grad, grad mode, and the host
// callables the engine calls back: tensor hooks and custom Functions' backward.
//
// The host (the Python package) keeps each such callable under an integer id; the engine holds
// the id and calls it through functions the host registers once (set_host_callbacks):
//   call_hook(id, grad handle) → replacement handle (a reference for the engine), 0: none,
//                                -1: it raised (the host keeps the exception)
//   call_backward(id, [grad handles], [saved handles]) → [gradient handles], or -1
//   release(id)                 the engine no longer holds the id
#include "autograd/backward.h"
#include "autograd/function_node.h"
#include "autograd/grad_mode.h"
#include "autograd/tensor_state.h"
#include "common.h"

namespace gb::bind {
namespace {

struct HostCallbacks {
  val call_hook = val::undefined();
  val call_backward = val::undefined();
  val release = val::undefined();
};
HostCallbacks& host() {
  static HostCallbacks callbacks;
  return callbacks;
}
void set_host_callbacks(val call_hook, val call_backward, val release) {
  host() = {std::move(call_hook), std::move(call_backward), std::move(release)};
}

// The engine's hold on a host callable: the host may drop it once this goes.
struct HostRef {
  explicit HostRef(int32_t id) : id(id) {}
  ~HostRef() {
    if (!host().release.isUndefined()) host().release(id);
  }
  HostRef(const HostRef&) = delete;
  HostRef& operator=(const HostRef&) = delete;
  int32_t id;
};

[[noreturn]] void host_raised() { throw Error(ErrorKind::Host, "host code called by the engine raised an exception"); }

// The tensor's own autograd fields, which the engine reads as members.
bool requires_grad(const Tensor& t) { return t.requires_grad(); }
bool retains_grad(const Tensor& t) { return t.impl()->retains_grad; }
double version(const Tensor& t) { return double(*t.impl()->version); }
bool is_leaf(const Tensor& t) { return t.is_leaf(); }
Tensor grad_of(const Tensor& t) { return t.impl()->grad; }
// One more counted reference to the same tensor.
Tensor retain(const Tensor& t) { return t; }

void register_host_hook(const Tensor& t, int32_t host_id) {
  auto ref = std::make_shared<HostRef>(host_id);
  register_hook(t, [ref](const Tensor& g) {
    int32_t r = host().call_hook(ref->id, H(g)).as<int32_t>();
    if (r < 0) host_raised();
    return take(r);
  });
}

// Records a custom Function's node behind its outputs; returns nothing the host must release.
void function_record(std::string name, val inputs, val outputs, val saved, bool materialize_grads, int32_t host_id) {
  auto ref = std::make_shared<HostRef>(host_id);
  auto node = FunctionNode::record(
      std::move(name), tensors_from(inputs), tensors_from(outputs), tensors_from(saved), materialize_grads,
      [ref](const Grads& grads, const std::vector<Tensor>& saved_tensors) {
        val result = host().call_backward(ref->id, handles_of(grads), handles_of(saved_tensors));
        if (result.isNumber()) host_raised();
        Grads out;
        for (double h : emscripten::convertJSArrayToNumberVector<double>(result)) out.push_back(take(int32_t(h)));
        return out;
      });
  node->host_object = host_id;
}
int32_t function_host_object(int32_t n) {
  auto node = std::dynamic_pointer_cast<FunctionNode>(nodes().get(n));
  return node ? node->host_object : 0;
}
val function_saved(int32_t n) {
  auto node = std::dynamic_pointer_cast<FunctionNode>(nodes().get(n));
  return node ? handles_of(node->saved_tensors()) : val::array();
}
// t.grad = g (g undefined: None), with PyTorch's checks.
void set_grad(const Tensor& t, const Tensor& g) {
  if (g.defined() && g.dtype() != t.dtype()) fail("assigned grad has data of a different type");
  if (g.defined() && g.shape() != t.shape()) fail("assigned grad has data of a different size");
  t.impl()->grad = g;
}
int32_t grad_fn(const Tensor& t) { return nodes().acquire(t.grad_fn()); }
// tensor.backward(gradient, retain_graph) of one tensor, the hot case, without arrays.
void backward_one(const Tensor& t, const Tensor& grad, bool retain_graph) { backward({t}, {grad}, retain_graph); }

void release_node(int32_t n) { nodes().release(n); }
std::string node_name(int32_t n) { return nodes().get(n)->name(); }
std::string node_display_name(int32_t n) { return nodes().get(n)->display_name(); }
// [[node handle, input_nr], ...]; an empty edge is [0, 0].
val node_next(int32_t n) {
  val out = val::array();
  for (const Edge& e : nodes().get(n)->next_edges()) {
    val pair = val::array();
    pair.call<void>("push", e.node ? nodes().acquire(e.node) : 0);
    pair.call<void>("push", e.input_nr);
    out.call<void>("push", pair);
  }
  return out;
}

}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(autograd) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("requires_grad", &gb::bind::requires_grad);
  GB_EXPORT("set_requires_grad", &set_requires_grad);
  GB_EXPORT("retains_grad", &retains_grad);
  GB_EXPORT("retain_grad", &retain_grad);
  GB_EXPORT("data", &data_of);
  GB_EXPORT("set_data", &set_data);
  GB_EXPORT("detach_", &detach_);
  GB_EXPORT("version", &version);
  GB_EXPORT("retain", &retain);
  GB_EXPORT("set_host_callbacks", &set_host_callbacks);
  GB_EXPORT("register_hook", &register_host_hook);
  GB_EXPORT("function_record", &function_record);
  GB_EXPORT("function_host_object", &function_host_object);
  GB_EXPORT("function_saved", &function_saved);
  GB_EXPORT("is_leaf", &is_leaf);
  GB_EXPORT("grad", &grad_of);
  GB_EXPORT_OPTIONAL("set_grad", optional_tensors(1), &set_grad);
  GB_EXPORT("grad_fn", &gb::bind::grad_fn);
  GB_EXPORT_OPTIONAL("backward", optional_tensors(1), &backward_one);
  GB_EXPORT("backward_inputs", &gb::backward);
  GB_EXPORT("autograd_grad", &gb::grad);
  GB_EXPORT("grad_enabled", &grad_enabled);
  GB_EXPORT("set_grad_enabled", &set_grad_enabled);
  GB_EXPORT("release_node", &release_node);
  GB_EXPORT("node_name", &node_name);
  GB_EXPORT("node_next", &node_next);
  GB_EXPORT("node_display_name", &node_display_name);
}
