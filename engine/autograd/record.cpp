#include "autograd/record.h"

#include "autograd/view_history.h"
#include "tensor/error.h"

namespace gb {

namespace {

template <class Tensors>
std::vector<Edge> edges_of(const Tensors& inputs) {
  std::vector<Edge> edges;
  edges.reserve(inputs.size());
  for (const Tensor& t : inputs) edges.push_back(t.defined() ? gradient_edge(t) : Edge{});
  return edges;
}

// Saved only once the outputs belong to the node: a saved output names that node in errors.
template <class Outputs>
std::vector<SavedTensor> save_all(std::initializer_list<Tensor> saved, const Outputs& outs, const Node& owner) {
  std::vector<SavedTensor> out;
  out.reserve(saved.size());
  for (const Tensor& t : saved) {
    bool is_output = t.defined() && std::any_of(outs.begin(), outs.end(), [&](const Tensor& o) { return o.is_same(t); });
    out.emplace_back(t, is_output, owner);
  }
  return out;
}

}  // namespace

void record(std::string name, const Tensor& out, std::initializer_list<Tensor> inputs,
            std::initializer_list<Tensor> saved, BackwardFn fn) {
  // Edges are taken before attaching, so an in-place op links to its input's old history.
  auto node = std::make_shared<OpNode>(std::move(name), edges_of(inputs), std::move(fn), 1);
  bool inplace_on_view = inputs.size() > 0 && inputs.begin()->is_same(out) && out.impl()->view_base;
  if (inplace_on_view) rebase_history(out, node);
  else set_history(out, node, 0);
  node->set_saved(save_all(saved, std::initializer_list<Tensor>{out}, *node));
}

void record_multi(std::string name, const std::vector<Tensor>& outs, const std::vector<Tensor>& inputs,
                  std::initializer_list<Tensor> saved, BackwardFn fn) {
  auto node = std::make_shared<OpNode>(std::move(name), edges_of(inputs), std::move(fn), uint32_t(outs.size()));
  for (size_t i = 0; i < outs.size(); ++i) set_history(outs[i], node, uint32_t(i));
  node->set_saved(save_all(saved, outs, *node));
}

void check_inplace_write(const Tensor& self, bool any_requires_grad) {
  if (!any_requires_grad) return;
  const TensorImpl& impl = *self.impl();
  if (impl.view_base) {
    check_view_writable(self);
    if (self.requires_grad() && Tensor(impl.view_base).is_leaf())
      fail("a view of a leaf Variable that requires grad is being used in an in-place operation.");
  }
  if (self.requires_grad() && self.is_leaf())
    fail("a leaf Variable that requires grad is being used in an in-place operation.");
}

void bump_version(const Tensor& self) { ++*self.impl()->version; }

}  // namespace gb
