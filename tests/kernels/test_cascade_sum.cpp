// cascade_sum adds in PyTorch's order: the expected values were printed by PyTorch 1.13
// (CPU, one thread) for the same inputs, and differ from a plain running sum.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "kernels/cascade_sum.h"
#include "kernels/reduce.h"

using namespace gb;

namespace {
std::vector<float> pattern(int64_t n) {
  std::vector<float> v(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) v[size_t(i)] = float(std::sin(double(i) * 0.37) * 100);
  return v;
}
}  // namespace

TEST_CASE("a float32 sum of all elements rounds exactly as PyTorch's") {
  const auto x = pattern(1000);
  float total;
  cascade_sum(&total, 1, Shape{0}, x.data(), Shape{1000}, Shape{1});
  CHECK(total == 0x1.82db9ep+6f);
  float running = 0;
  for (float v : x) running += v;
  CHECK(running == 0x1.82dbdp+6f);  // the order matters
}

TEST_CASE("sums over rows, columns and a transposed view round as PyTorch's") {
  const auto m = pattern(33 * 40);  // 33×40, row-major
  std::vector<float> cols(40), rows(33);
  cascade_sum(cols.data(), 40, reduced_strides({33, 40}, 0b01), m.data(), {33, 40}, {40, 1});
  cascade_sum(rows.data(), 33, reduced_strides({33, 40}, 0b10), m.data(), {33, 40}, {40, 1});
  CHECK(cols[0] == 0x1.33ab2cp+6f);
  CHECK(cols[1] == 0x1.4c9ce0p+6f);
  CHECK(cols[2] == 0x1.388a1ap+6f);
  CHECK(rows[0] == 0x1.882d54p+8f);
  CHECK(rows[1] == -0x1.74dd10p+3f);
  CHECK(rows[2] == -0x1.79d640p+8f);
  // mᵀ (40×33, strides {1, 40}) summed over dim 0 gives the row sums of m.
  std::vector<float> transposed(33);
  cascade_sum(transposed.data(), 33, reduced_strides({40, 33}, 0b01), m.data(), {40, 33}, {1, 40});
  CHECK(transposed == rows);
}

TEST_CASE("a float64 sum rounds as PyTorch's") {
  std::vector<double> x;
  for (float v : pattern(1000)) x.push_back(double(v) * 1.1);
  double total;
  cascade_sum(&total, 1, Shape{0}, x.data(), Shape{1000}, Shape{1});
  CHECK(total == 0x1.a98b3b714ccd0p+6);
}
