// tril, triu, diagonal, diag, diag_embed, trace, logsumexp.
#include <cmath>

#include "helpers.h"

using namespace gb;
using namespace gb::test;

TEST_CASE("tril and triu keep one side of a diagonal") {
  Tensor m = iota({3, 3});
  CHECK(values(tril(m, 0)) == std::vector<double>{0, 0, 0, 3, 4, 0, 6, 7, 8});
  CHECK(values(triu(m, 1)) == std::vector<double>{0, 1, 2, 0, 0, 5, 0, 0, 0});
  CHECK(values(tril(m, -1)) == std::vector<double>{0, 0, 0, 3, 0, 0, 6, 7, 0});
  CHECK_THROWS_WITH(tril(vec({1, 2}), 0), "Dimension out of range (expected to be in range of [-1, 0], but got -2)");
  check_gradients([](const auto& in) { return triu(in[0], 0); }, {f64({1, 2, 3, 4, 5, 6}, {2, 3})});
  CHECK(name_of(tril(make({1, 2, 3, 4}, {2, 2}, DType::Float32, true), 0)) == "TrilBackward0");
}

TEST_CASE("diagonal is a view; diag builds or reads a diagonal; trace sums it") {
  Tensor m = iota({3, 4});
  Tensor d = diagonal(m, 1, 0, 1);
  CHECK(values(d) == std::vector<double>{1, 6, 11});
  CHECK(d.impl()->storage == m.impl()->storage);
  CHECK(values(diagonal(m, -1, 0, 1)) == std::vector<double>{4, 9});
  CHECK(values(diag(vec({1, 2}), 1)) == std::vector<double>{0, 1, 0, 0, 0, 2, 0, 0, 0});
  CHECK(values(diag(m, 0)) == std::vector<double>{0, 5, 10});
  CHECK(values(trace(m)) == std::vector<double>{15});
  CHECK(trace(make({1, 2, 3, 4}, {2, 2}, DType::Int32)).dtype() == DType::Int64);
  CHECK_THROWS_WITH(diag(iota({2, 2, 2}), 0), "matrix or a vector expected");
  CHECK_THROWS_WITH(trace(vec({1})), "trace: expected a matrix, but got tensor with dim 1");
  check_gradients([](const auto& in) { return diagonal(in[0], 0, 0, 1); }, {f64({1, 2, 3, 4, 5, 6}, {2, 3})});
  check_gradients([](const auto& in) { return diag(in[0], -1); }, {f64({1, 2}, {2})});
  check_gradients([](const auto& in) { return trace(in[0]); }, {f64({1, 2, 3, 4, 5, 6}, {3, 2})});
  check_gradients([](const auto& in) { return diag_embed(in[0], 0, -2, -1); }, {f64({1, 2, 3, 4}, {2, 2})});
  CHECK(diag_embed(iota({2, 3}), 1, -2, -1).shape() == Shape{2, 4, 4});
}

TEST_CASE("the gradients of diagonal, diag, diag_embed and trace are recorded, with PyTorch's nodes") {
  auto squared = [](const Tensor& v) { return mul(v, v); };
  Tensor m = f64({1, -2, 3, 0.5, 5, -1}, {2, 3});
  check_gradients([squared](const auto& in) { return squared(diagonal(in[0], 1, 1, 0)); }, {f64({1, -2, 3, 0.5, 5, -1}, {3, 2})});
  check_gradients([squared](const auto& in) { return squared(diag(in[0], 1)); }, {m});
  check_gradients([squared](const auto& in) { return squared(diag(in[0], -1)); }, {f64({1.5, -2}, {2})});
  check_gradients([squared](const auto& in) { return squared(diag_embed(in[0], 1, 0, 2)); }, {m});
  check_gradients([squared](const auto& in) { return squared(trace(in[0])); }, {m});

  Tensor x = make({0.5, -1, 2, 1.5, 0.25, -3}, {2, 3}, DType::Float64, true);
  Tensor v = make({0.5, -1}, {2}, DType::Float64, true);
  auto gradient_node = [](const Tensor& y, const Tensor& in) {
    return name_of(grad({sum(mul(y, y))}, {}, {in}, true, false, true)[0]);
  };
  CHECK(gradient_node(diagonal(x, 0, 0, 1), x) == "DiagonalBackwardBackward0");
  CHECK(gradient_node(diag(x, 0), x) == "DiagonalBackwardBackward0");
  CHECK(gradient_node(diag(v, 0), v) == "DiagBackward0");
  CHECK(gradient_node(diag_embed(v, 0, 0, 1), v) == "DiagonalBackward0");
  std::vector<Tensor> g = grad({exp(trace(x))}, {}, {x}, true, false, true);
  CHECK(name_of(g[0]) == "ViewBackward0");
  CHECK(g[0].grad_fn()->next_edges()[0].node->name() == "IndexFillBackward1");
}

TEST_CASE("trace's gradient is PyTorch's: every (columns + 1)-th element of the flat matrix") {
  // For a matrix with more rows than columns that reaches past the diagonal, as in PyTorch 1.13.
  Tensor x = make({1, 2, 3, 4, 5, 6, 7, 8}, {4, 2}, DType::Float64, true);
  backward({trace(x)}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{1, 0, 0, 1, 0, 0, 1, 0});
}

TEST_CASE("logsumexp shifts by the maximum, and -inf rows stay -inf") {
  Tensor r = logsumexp(vec({1, 2, 3}), {0}, false);
  CHECK(float_bits(r) == float_bits(vec({3.4076058864593506f})));
  CHECK(values(logsumexp(vec({-INFINITY, -INFINITY}), {0}, false))[0] == -INFINITY);
  CHECK(logsumexp(iota({2, 3}), {1}, true).shape() == Shape{2, 1});
  CHECK(logsumexp(make({1, 2}, {2}, DType::Int64), {0}, false).dtype() == DType::Float32);
  check_gradients([](const auto& in) { return logsumexp(in[0], {1}, false); }, {f64({1, 2, 3, 4, 5, 6}, {2, 3})});
  CHECK(name_of(logsumexp(vec({1, 2}, true), {0}, false)) == "LogsumexpBackward0");
}
