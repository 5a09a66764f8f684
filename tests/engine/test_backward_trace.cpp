// The opt-in trace of the latest backward pass: which gradient flowed along which edge.
#include "autograd/backward_trace.h"
#include "helpers.h"

using namespace gb;
using namespace gb::test;

namespace {
struct TraceOn {
  TraceOn() { set_backward_trace(true); }
  ~TraceOn() {
    set_backward_trace(false);
    clear_backward_trace();
  }
};

const TracedEdge& edge_into(const Node* to) {
  for (const TracedEdge& e : last_backward_trace())
    if (e.to.lock().get() == to) return e;
  FAIL("no traced edge into ", to->name());
  throw;
}
}  // namespace

TEST_CASE("nothing is traced unless tracing is on") {
  clear_backward_trace();
  Tensor x = vec({1, 2}, true);
  backward({sum(mul(x, x))}, {}, false);
  CHECK(last_backward_trace().empty());
}

TEST_CASE("every edge of the latest backward pass carries the gradient that flowed along it") {
  TraceOn on;
  Tensor x = vec({1, 2, 3}, true);
  Tensor u = pow(x, 2);                                  // u = x²
  Tensor z = mul(u, wrapped_scalar(3, DType::Int64));    // z = 3u
  backward({z}, {vec({1, 1, 1})}, false);

  const auto& trace = last_backward_trace();
  REQUIRE(trace.size() == 3);  // root → MulBackward0 → PowBackward0 → AccumulateGrad
  CHECK(trace[0].from_root);
  CHECK(trace[0].to.lock() == z.grad_fn());
  CHECK(values(trace[0].grad) == std::vector<double>{1, 1, 1});

  const TracedEdge& into_pow = edge_into(u.grad_fn().get());
  CHECK(!into_pow.from_root);
  CHECK(into_pow.from.lock() == z.grad_fn());
  CHECK(values(into_pow.grad) == std::vector<double>{3, 3, 3});

  const TracedEdge& into_leaf = edge_into(u.grad_fn()->next_edges()[0].node.get());
  CHECK(into_leaf.to.lock()->name() == "AccumulateGrad");
  CHECK(values(into_leaf.grad) == std::vector<double>{6, 12, 18});
}

TEST_CASE("a new traced pass replaces the trace; a pass while tracing is off leaves it alone") {
  TraceOn on;
  Tensor x = vec({1}, true);
  backward({sum(mul(x, x))}, {}, false);
  size_t first = last_backward_trace().size();
  backward({sum(x)}, {}, false);
  size_t second = last_backward_trace().size();
  CHECK(second < first);
  set_backward_trace(false);
  backward({sum(mul(x, x))}, {}, false);
  CHECK(last_backward_trace().size() == second);
  clear_backward_trace();
  CHECK(last_backward_trace().empty());
}

TEST_CASE("tracing does not change the gradients") {
  Tensor x = vec({1, 2}, true);
  Tensor y = vec({3, 4}, true);
  {
    TraceOn on;
    backward({sum(add(mul(x, y), mul(x, x)))}, {}, false);
  }
  CHECK(values(grad_of(x)) == std::vector<double>{5, 8});
  CHECK(values(grad_of(y)) == std::vector<double>{1, 2});
}
