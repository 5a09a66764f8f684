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

TEST_CASE("logsumexp shifts by the maximum, and -inf rows stay -inf") {
  Tensor r = logsumexp(vec({1, 2, 3}), {0}, false);
  CHECK(float_bits(r) == float_bits(vec({3.4076058864593506f})));
  CHECK(values(logsumexp(vec({-INFINITY, -INFINITY}), {0}, false))[0] == -INFINITY);
  CHECK(logsumexp(iota({2, 3}), {1}, true).shape() == Shape{2, 1});
  CHECK(logsumexp(make({1, 2}, {2}, DType::Int64), {0}, false).dtype() == DType::Float32);
  check_gradients([](const auto& in) { return logsumexp(in[0], {1}, false); }, {f64({1, 2, 3, 4, 5, 6}, {2, 3})});
  CHECK(name_of(logsumexp(vec({1, 2}, true), {0}, false)) == "LogsumexpBackward0");
}
