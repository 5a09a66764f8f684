#include "autograd/record.h"

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

std::vector<SavedTensor> save_all(std::initializer_list<Tensor> saved) {
  std::vector<SavedTensor> out;
  out.reserve(saved.size());
  for (const Tensor& t : saved) out.emplace_back(t);
  return out;
}

void attach(const std::shared_ptr<Node>& node, const Tensor& out, uint32_t output_nr) {
  TensorImpl& impl = *out.impl();
  impl.grad_fn = node;
  impl.output_nr = output_nr;
  impl.requires_grad = true;
}

}  // namespace

void record(std::string name, const Tensor& out, std::initializer_list<Tensor> inputs,
            std::initializer_list<Tensor> saved, BackwardFn fn) {
  // Edges are taken before attaching, so an in-place op links to its input's old history;
  // tensors are saved after, so a saved output names this node in a version error.
  auto node = std::make_shared<OpNode>(std::move(name), edges_of(inputs), std::vector<SavedTensor>{}, std::move(fn), 1);
  attach(node, out, 0);
  node->save(save_all(saved));
}

void record_multi(std::string name, const std::vector<Tensor>& outs, const std::vector<Tensor>& inputs,
                  std::initializer_list<Tensor> saved, BackwardFn fn) {
  auto node = std::make_shared<OpNode>(std::move(name), edges_of(inputs), std::vector<SavedTensor>{}, std::move(fn),
                                       uint32_t(outs.size()));
  for (size_t i = 0; i < outs.size(); ++i) attach(node, outs[i], uint32_t(i));
  node->save(save_all(saved));
}

void check_inplace(const Tensor& self) {
  if (!grad_enabled()) return;
  const TensorImpl& impl = *self.impl();
  if (impl.view_base && impl.view_base->requires_grad && !impl.view_base->grad_fn && !impl.grad_fn)
    fail("a view of a leaf Variable that requires grad is being used in an in-place operation.");
  if (impl.requires_grad && !impl.grad_fn)
    fail("a leaf Variable that requires grad is being used in an in-place operation.");
}

void bump_version(const Tensor& self) { ++*self.impl()->version; }

}  // namespace gb
