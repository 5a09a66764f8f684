// pairwise_distance: ‖x1 - x2 + eps‖_p over the last dim, recorded as PyTorch's three nodes;
// float64 finite differences (first and second order).

#include "helpers.h"

using namespace gb;
using namespace gb::test;

TEST_CASE("pairwise_distance is the p-norm of x1 - x2 + eps over the last dim, broadcasting") {
  Tensor d = pairwise_distance(f64({4, 0, 1, 1}, {2, 2}), f64({1, -4}, {2}), 2, 0, false);
  CHECK(values(d) == std::vector<double>{5, 5});
  CHECK(values(pairwise_distance(f64({1, 2}, {2}), f64({1, 2}, {2}), 1, 0.5, true)) == std::vector<double>{1});
  CHECK(pairwise_distance(f64({1, 2}, {1, 2}), f64({1, 2}, {1, 2}), 2, 0, true).shape() == Shape{1, 1});
}

TEST_CASE("pairwise_distance records NormBackward1, AddBackward1 and SubBackward0") {
  Tensor a = vec({1, 2, 3}, true), b = vec({0.5, -1, 2}, true);
  Tensor d = pairwise_distance(a, b, 2, 1e-6, false);
  CHECK(name_of(d) == "NormBackward1");
  const auto& add = d.grad_fn()->next_edges()[0].node;
  CHECK(add->name() == "AddBackward1");
  CHECK(add->next_edges()[0].node->name() == "SubBackward0");
  check_gradients([](auto& in) { return pairwise_distance(in[0], in[1], 2, 1e-6, false); },
                  {f64({0.5, -1.5, 2.0, 3.0, -0.25, 1.0}, {2, 3}), f64({1.5, 0.75, -2.0}, {3})});
  check_gradients([](auto& in) { return pairwise_distance(in[0], in[1], 3, 1e-6, true); },
                  {f64({0.5, -1.5, 2.0, 3.0, -0.25, 1.0}, {2, 3}), f64({1.5, 0.75, -2.0, 1, 2, 3}, {2, 3})});
}
