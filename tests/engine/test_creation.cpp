// arange, linspace, logspace, eye, and dtype conversion of values.
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

// Expected bits below were read from PyTorch 1.13 on x86 (AVX2).
TEST_CASE("linspace reproduces PyTorch's vectorised float32 kernel to the bit") {
  std::vector<double> v = values(linspace(-M_PI, M_PI, 2000, DType::Float32));
  CHECK(v[999] == double(-0x1.9bfacp-10f));  // fused multiply-add from start
  CHECK(v[1000] == double(0x1.9bfabp-10f));  // from end, inside a vector
  CHECK(v[1001] == double(0x1.34fc38p-8f));  // first lane plus k·step
  CHECK(v[1990] == double(0x1.8e80cp+1f));
  CHECK(v[1999] == double(float(M_PI)));
}

TEST_CASE("linspace's float64 vectors cross the halfway point counting from start") {
  std::vector<double> v = values(linspace(0, 1, 20, DType::Float64));
  CHECK(v[9] == 0x1.e50d79435e50dp-2);
  CHECK(v[10] == 0x1.0d79435e50d79p-1);
  CHECK(v[11] == 0x1.286bca1af286cp-1);
  CHECK(v[18] == 0x1.e50d79435e50ep-1);  // past the vectors: counted from end
  CHECK(v[19] == 1);
}

TEST_CASE("linspace into integers steps in double and truncates") {
  CHECK(values(linspace(0, 10, 20, DType::Int64)) ==
        std::vector<double>{0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 10});
  CHECK(values(linspace(2.7, 2.7, 1, DType::Int32)) == std::vector<double>{2});
  CHECK_THROWS_WITH(linspace(-0.5, 1, 3, DType::UInt8), "value cannot be converted to type uint8_t without overflow");
  CHECK_THROWS_WITH(linspace(0, 3e9, 3, DType::Int32), "value cannot be converted to type int without overflow");
  CHECK_THROWS_WITH(linspace(0, 1, 3, DType::Bool), "\"linspace_cpu\" not implemented for 'Bool'");
}

TEST_CASE("logspace raises base to evenly spaced exponents in double") {
  std::vector<double> f = values(logspace(-2, 3, 7, 2.5, DType::Float32));
  CHECK(f[1] == double(0x1.5f971p-2f));
  CHECK(f[6] == 0x1.f4p+3);
  std::vector<double> d = values(logspace(-2, 3, 7, 2.5, DType::Float64));
  CHECK(d[0] == 0x1.47ae147ae147bp-3);
  CHECK(d[3] == 0x1.94c583ada5b53p+0);
  CHECK(values(logspace(0, 2, 3, 2.5, DType::Int32)) == std::vector<double>{1, 2, 6});
  CHECK(values(logspace(0.5, 1, 1, 10, DType::Int64)) == std::vector<double>{3});  // base^start, then truncated
  CHECK(logspace(0, 1, 0, 10, DType::Float32).numel() == 0);
  CHECK_THROWS_WITH(logspace(0, 1, -1, 10, DType::Float32), "number of steps must be non-negative");
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
