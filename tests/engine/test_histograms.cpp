// bincount and histc (ops/histograms.cpp): counts, weights, bin edges as PyTorch computes them,
// and PyTorch's checks.
#include <cmath>

#include "helpers.h"

using namespace gb;
using namespace gb::test;

TEST_CASE("bincount counts each value, or sums its weights, up to minlength bins") {
  Tensor x = ints({1, 3, 1, 0});
  CHECK(values(bincount(x, {}, 0)) == std::vector<double>{1, 2, 0, 1});
  CHECK(bincount(x, {}, 0).dtype() == DType::Int64);
  CHECK(values(bincount(x, {}, 6)) == std::vector<double>{1, 2, 0, 1, 0, 0});
  Tensor summed = bincount(x, vec({0.5, 1, 2, 3}), 0);
  CHECK(summed.dtype() == DType::Float32);
  CHECK(values(summed) == std::vector<double>{3, 2.5, 0, 1});
  Tensor integral = bincount(x, ints({1, 2, 3, 4}), 0);  // other weights are summed in float64
  CHECK(integral.dtype() == DType::Float64);
  CHECK(values(integral) == std::vector<double>{4, 4, 0, 2});
  CHECK(values(bincount(ints({0, 0, 0}), vec({0.1, 0.2, 0.3}), 0)) == std::vector<double>{0.60000002384185791});
  CHECK(bincount(ints({}), {}, 3).shape() == Shape{3});
}

TEST_CASE("bincount's checks") {
  CHECK_THROWS_WITH(bincount(ints({-1}), {}, 0), "bincount only supports 1-d non-negative integral inputs.");
  CHECK_THROWS_WITH(bincount(make({1}, {1, 1}, DType::Int64), {}, 0),
                    "bincount only supports 1-d non-negative integral inputs.");
  CHECK_THROWS_WITH(bincount(vec({1}), {}, 0), "\"bincount_cpu\" not implemented for 'Float'");
  CHECK_THROWS_WITH(bincount(make({1}, {1}, DType::Bool), {}, 0), "\"bincount_cpu\" not implemented for 'Bool'");
  CHECK_THROWS_WITH(bincount(ints({1}), {}, -1), "minlength should be >= 0");
  CHECK_THROWS_WITH(bincount(ints({1, 2}), vec({1}), 0), "weights should be 1-d and have the same length as input");
}

TEST_CASE("histc counts into bins between float edges, the last edge closing the last bin") {
  Tensor y = vec({1, 2, 1, 2.5, 4, -1});
  CHECK(values(histc(y, 4, 0, 3)) == std::vector<double>{0, 2, 1, 1});
  CHECK(values(histc(y, 3, 0, 0)) == std::vector<double>{1, 3, 2});  // the range of the data
  CHECK(values(histc(vec({2, 2}), 4, 0, 0)) == std::vector<double>{0, 0, 2, 0});  // widened to [1, 3]
  CHECK(values(histc(vec({}), 4, 0, 0)) == std::vector<double>{0, 0, 0, 0});
  CHECK(values(histc(to_dtype(y, DType::Float64), 5, -1, 4)) == std::vector<double>{1, 0, 2, 2, 1});
  // Elements next to the float32 edges of linspace(0.1, 0.9, 8) fall where PyTorch puts them.
  CHECK(values(histc(vec({0.1, 0.3, 0.5, 0.7, 0.9, 0.2999999821186066, 0.30000001192092896}), 7, 0.1, 0.9)) ==
        std::vector<double>{1, 3, 0, 1, 0, 1, 1});
}

TEST_CASE("histc's checks") {
  CHECK_THROWS_WITH(histc(ints({1, 2}), 4, 0, 0), "\"histogram_cpu\" not implemented for 'Long'");
  CHECK_THROWS_WITH(histc(vec({1}), 0, 0, 0), "torch.histogram(): bins must be > 0, but got 0 for dimension 0");
  CHECK_THROWS_WITH(histc(vec({1}), 4, 3, 1), "torch.histc: max must be larger than min");
  CHECK_THROWS_WITH(histc(vec({NAN}), 4, 0, 0), "torch.histc: range of [nan, nan] is not finite");
  CHECK_THROWS_WITH(histc(vec({1, INFINITY}), 4, 0, 0), "torch.histc: range of [1, inf] is not finite");
}
