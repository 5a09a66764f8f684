// Graphs far deeper than the call stack: built, run backward, and freed without recursion.
// A chain of 100,000 nodes freed node inside node needs tens of megabytes of stack, beyond the
// 8 MB of a native main thread and far beyond WebAssembly's stack. (A million nodes proved no
// more and took 37 s of CPU under the sanitizers.)
#include "helpers.h"

using namespace gb;
using namespace gb::test;

namespace {

constexpr int kDepth = 100'000;

// total = x + x + ... + x (kDepth additions): a chain of kDepth AddBackward0 nodes, each
// reachable only through the next one.
Tensor sum_chain(const Tensor& x) {
  Tensor total = x;
  for (int i = 0; i < kDepth; ++i) total = add(total, x);
  return total;
}

}  // namespace

TEST_CASE("a chain of 100,000 nodes runs backward and is freed when its last tensor goes") {
  const int64_t live = TensorImpl::live_count;
  Tensor x = vec({1}, true);
  Tensor total = sum_chain(x);
  backward({total}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{kDepth + 1});
  total = Tensor{};
  x = Tensor{};
  CHECK(TensorImpl::live_count == live);
}

TEST_CASE("a 100,000-node graph that never ran backward frees its saved tensors too") {
  const int64_t live = TensorImpl::live_count;
  {
    Tensor x = vec({1}, true);
    Tensor product = x;
    for (int i = 0; i < kDepth; ++i) product = mul(product, x);  // each node saves both operands
    CHECK(TensorImpl::live_count > live + kDepth);
  }
  CHECK(TensorImpl::live_count == live);
}

TEST_CASE("autograd.grad walks a 100,000-node chain to the input it captures") {
  Tensor x = vec({2}, true);
  Tensor y = vec({3}, true);
  Tensor total = add(sum_chain(x), y);
  std::vector<Tensor> g = grad({total}, {}, {x}, false, false);
  CHECK(values(g[0]) == std::vector<double>{kDepth + 1});
  CHECK_FALSE(grad_of(x).defined());
}

TEST_CASE("a graph shared by two tensors lives until both are gone") {
  Tensor x = vec({1}, true);
  Tensor shared = mul(x, x);
  Tensor a = add(shared, x);
  Tensor b = add(shared, x);
  std::weak_ptr<Node> middle = shared.grad_fn();
  shared = Tensor{};
  a = Tensor{};
  CHECK_FALSE(middle.expired());
  backward({b}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{3});
  b = Tensor{};
  CHECK(middle.expired());
}
