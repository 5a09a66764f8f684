// Autograd state of tensors, graph nodes, backward and grad mode.
#include "autograd/backward.h"
#include "autograd/grad_mode.h"
#include "common.h"

namespace gb::bind {
namespace {

bool requires_grad_(int32_t h) { return T(h).requires_grad(); }
void set_requires_grad(int32_t h, bool flag) {
  Tensor t = T(h);
  if (!t.is_leaf())
    fail("you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a "
         "subgraph that doesn't require differentiation use var_no_grad = var.detach().");
  if (flag && !is_floating(t.dtype())) fail("only Tensors of floating point and complex dtype can require gradients");
  t.impl()->requires_grad = flag;
}
bool is_leaf_(int32_t h) { return T(h).is_leaf(); }
int32_t grad_(int32_t h) { return H(T(h).impl()->grad); }
void set_grad(int32_t h, int32_t g) {
  Tensor t = T(h);
  if (g) {
    Tensor grad = T(g);
    if (grad.dtype() != t.dtype()) fail("assigned grad has data of a different type");
    if (grad.shape() != t.shape()) fail("assigned grad has data of a different size");
    t.impl()->grad = grad;
  } else {
    t.impl()->grad = Tensor{};
  }
}
int32_t grad_fn_(int32_t h) { return nodes().acquire(T(h).grad_fn()); }
void backward_(int32_t h, int32_t grad, bool retain_graph) {
  backward({T(h)}, {grad ? T(grad) : Tensor{}}, retain_graph);
}
bool grad_enabled_() { return grad_enabled(); }
void set_grad_enabled_(bool enabled) { set_grad_enabled(enabled); }

void release_node(int32_t n) { nodes().release(n); }
std::string node_name(int32_t n) { return nodes().get(n)->name(); }
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
  GB_EXPORT("requires_grad", &requires_grad_);
  GB_EXPORT("set_requires_grad", &set_requires_grad);
  GB_EXPORT("is_leaf", &is_leaf_);
  GB_EXPORT("grad", &grad_);
  GB_EXPORT("set_grad", &set_grad);
  GB_EXPORT("grad_fn", &grad_fn_);
  GB_EXPORT("backward", &backward_);
  GB_EXPORT("grad_enabled", &grad_enabled_);
  GB_EXPORT("set_grad_enabled", &set_grad_enabled_);
  GB_EXPORT("release_node", &release_node);
  GB_EXPORT("node_name", &node_name);
  GB_EXPORT("node_next", &node_next);
}
