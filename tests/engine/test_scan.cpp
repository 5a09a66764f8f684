// cumprod, logcumsumexp, cummax, cummin.
#include <cmath>

#include "helpers.h"

using namespace gb;
using namespace gb::test;

TEST_CASE("cumprod multiplies along a dim; integers give int64") {
  CHECK(values(cumprod(vec({1, 2, 3, 4}), 0)) == std::vector<double>{1, 2, 6, 24});
  CHECK(cumprod(make({1, 2}, {2}, DType::Bool), 0).dtype() == DType::Int64);
  CHECK(values(cumprod(make({1, 2, 3, 4}, {2, 2}), 1)) == std::vector<double>{1, 2, 3, 12});
}

TEST_CASE("cumprod's gradient, with and without zeros, as PyTorch computes it") {
  Tensor x = vec({2, 0, 3, 0, 4}, true);
  backward({cumprod(x, 0)}, {vec({1, 2, 3, 4, 5})}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{1, 22, 0, 0, 0});
  Tensor y = vec({2, 5, 3, 1.5, 4}, true);
  backward({cumprod(y, 0)}, {vec({1, 2, 3, 4, 5})}, false);
  CHECK(values(grad_of(y)) == std::vector<double>{596, 238, 390, 720, 225});
  check_gradients([](const auto& in) { return cumprod(in[0], 1); }, {f64({0.3, -1, 2, 0.5, 1.1, -0.2}, {2, 3})});
  check_gradients([](const auto& in) { return cumprod(in[0], 0); }, {f64({0.3, 0, 2, 0.5, 0, -0.2}, {6})});
}

TEST_CASE("logcumsumexp keeps infinities exact and has a log-space gradient") {
  // Values, not bits: the C library's log1pf here (glibc) and in the wasm build (musl) may differ
  // in the last bit; the page's bits are PyTorch's (conformance case ordering/cumulative).
  Tensor r = logcumsumexp(vec({0, 1, -INFINITY, 2}), 0);
  std::vector<double> v = values(r);
  CHECK(v[0] == 0);
  CHECK(v[1] == doctest::Approx(1.31326162815094).epsilon(1e-6));
  CHECK(v[2] == v[1]);  // exp(-inf) adds nothing
  CHECK(v[3] == doctest::Approx(2.4076058864593506).epsilon(1e-6));
  check_gradients([](const auto& in) { return logcumsumexp(in[0], 1); }, {f64({0.3, -1, 2, 0.5, 1.1, -0.2}, {2, 3})});
  CHECK_THROWS_WITH(logcumsumexp(make({1, 2}, {2}, DType::Int64), 0),
                    "\"logcumsumexp_out_cpu\" not implemented for 'Long'");
}

TEST_CASE("cummax and cummin keep the latest index of a tie and let nan stay") {
  auto [v, i] = cummax(vec({1, 3, 3, NAN, 2}), 0);
  CHECK(values(i) == std::vector<double>{0, 1, 2, 3, 3});
  CHECK(std::isnan(values(v)[4]));
  CHECK(values(cummin(vec({2, 1, 1, 3}), 0).second) == std::vector<double>{0, 1, 2, 2});
  check_gradients([](const auto& in) { return cummax(in[0], 1).first; }, {f64({0.3, -1, 2, 0.5, 1.1, -0.2}, {2, 3})});
  Tensor x = vec({1, 2}, true);
  CHECK(name_of(cummin(x, 0).first) == "CumminBackward0");
}
