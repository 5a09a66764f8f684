// arange, linspace, eye, and dtype conversion of values.
#include <cmath>
#include <limits>

#include "helpers.h"

using namespace gb;
using namespace gb::test;

TEST_CASE("arange has ceil((end - start) / step) elements") {
  CHECK(values(arange(0, 5, 1, DType::Int64)) == std::vector<double>{0, 1, 2, 3, 4});
  CHECK(arange(0, 1, 0.3, DType::Float32).numel() == 4);
  CHECK(values(arange(5, 0, -2, DType::Int64)) == std::vector<double>{5, 3, 1});
  CHECK(arange(0, 0, 1, DType::Float32).numel() == 0);
  CHECK_THROWS_WITH(arange(0, 1, 0, DType::Float32), "step must be nonzero");
  CHECK_THROWS_WITH(arange(0, -1, 1, DType::Float32), "upper bound and larger bound inconsistent with step sign");
}

TEST_CASE("linspace hits both ends exactly") {
  CHECK(values(linspace(0, 1, 5, DType::Float32)) == std::vector<double>{0, 0.25, 0.5, 0.75, 1});
  CHECK(values(linspace(-1, 1, 1, DType::Float32)) == std::vector<double>{-1});
  CHECK(linspace(0, 1, 0, DType::Float32).numel() == 0);
  std::vector<double> v = values(linspace(0, 1, 7, DType::Float32));
  CHECK(v.back() == 1);
  CHECK_THROWS_WITH(linspace(0, 1, -1, DType::Float32), "number of steps must be non-negative");
}

TEST_CASE("eye puts ones on the diagonal of an n×m matrix") {
  CHECK(values(eye(2, 3, DType::Float32)) == std::vector<double>{1, 0, 0, 0, 1, 0});
  CHECK(eye(3, 3, DType::Int64).dtype() == DType::Int64);
}

TEST_CASE("conversions to integers follow PyTorch on x86: invalid values become the minimum") {
  Tensor x = make({NAN, INFINITY, 1e20, 2.7, -2.7}, {5}, DType::Float64);
  std::vector<double> as_long = values(to_dtype(x, DType::Int64));
  double lowest = double(std::numeric_limits<int64_t>::min());
  CHECK(as_long == std::vector<double>{lowest, lowest, lowest, 2, -2});
  CHECK(values(to_dtype(make({3e9}, {1}, DType::Float64), DType::Int32)) ==
        std::vector<double>{double(std::numeric_limits<int32_t>::min())});
  CHECK(values(to_dtype(make({NAN, 0}, {2}, DType::Float32), DType::Bool)) == std::vector<double>{1, 0});
  Tensor big = make({0}, {1}, DType::Int64);
  big.data<int64_t>()[0] = (int64_t{1} << 40) + 5;
  CHECK(values(to_dtype(big, DType::Int32)) == std::vector<double>{5});
}

TEST_CASE("uint8 wraps around and promotes below int32") {
  Tensor u = make({200, 100}, {2}, DType::UInt8);
  CHECK(values(add(u, wrapped_scalar(100, DType::Int64))) == std::vector<double>{44, 200});
  CHECK(add(u, make({1}, {1}, DType::Int32)).dtype() == DType::Int32);
  CHECK(values(sum(u)) == std::vector<double>{300});
  CHECK(values(to_dtype(make({300.7, -1.5, 255.9}, {3}, DType::Float32), DType::UInt8)) ==
        std::vector<double>{44, 255, 255});
  CHECK(format_tensor(u) == "tensor([200, 100], dtype=torch.uint8)");
}
