// Sums: float32 accumulates in float64, contiguous or strided.
#include <doctest/doctest.h>

#include <vector>

#include "kernels/reduce.h"

using namespace gb;

TEST_CASE("a float32 sum of a million values is exact to float rounding") {
  // 0.1f summed 2^20 times: a float accumulator drifts by about 1%, float64 stays exact.
  std::vector<float> x(1 << 20, 0.1f);
  const double exact = double(0.1f) * double(x.size());
  CHECK(sum_f32_as_f64(x.data(), int64_t(x.size())) == doctest::Approx(exact).epsilon(1e-12));
  float out = 0;
  sum_kernel(&out, 1, Shape{0}, x.data(), Shape{int64_t(x.size())}, Shape{1});
  CHECK(out == float(exact));
}

TEST_CASE("sum_kernel reduces rows and columns of a strided input") {
  const std::vector<float> m{1, 2, 3, 4, 5, 6};  // 2×3
  std::vector<float> rows(2), cols(3);
  sum_kernel(rows.data(), 2, Shape{1, 0}, m.data(), Shape{2, 3}, Shape{3, 1});
  sum_kernel(cols.data(), 3, Shape{0, 1}, m.data(), Shape{2, 3}, Shape{3, 1});
  CHECK(rows == std::vector<float>{6, 15});
  CHECK(cols == std::vector<float>{5, 7, 9});
  std::vector<int64_t> total(1);
  const std::vector<int64_t> ints{1, 2, 3, 4};
  sum_kernel(total.data(), 1, Shape{0, 0}, ints.data(), Shape{2, 2}, Shape{1, 2});  // transposed read
  CHECK(total[0] == 10);
}
