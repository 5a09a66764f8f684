// cross and kron (ops/products.cpp): values (cross rounds as PyTorch's fused kernel), shapes,
// PyTorch's checks and messages, nodes and gradients.
#include "helpers.h"

using namespace gb;
using namespace gb::test;

TEST_CASE("cross takes the first dim of size 3 when none is given") {
  Tensor a = make({1, 2, 3, 4, 5, 6}, {2, 3}), b = make({0, 1, 0, 1, 0, 0}, {2, 3});
  CHECK(values(cross(a, b, {})) == std::vector<double>{-3, 0, 1, 0, 6, -5});
  CHECK(values(cross(transpose(a, 0, 1), transpose(b, 0, 1), {})) == std::vector<double>{-3, 0, 0, 6, 1, -5});
  CHECK(values(cross(ints({1, 2, 3}), ints({4, 5, 6}), {})) == std::vector<double>{-3, 6, -3});
  CHECK(cross(make({1, 0, 0}, {1, 3}), make({0, 1, 0, 0, 0, 1}, {2, 3}), 1).shape() == Shape{2, 3});
}

TEST_CASE("cross fuses the first product into the difference, as PyTorch's CPU kernel") {
  // Rounded separately, the first component would be 0x1.147aep-2.
  CHECK(values(cross(vec({0.1, 0.2, 0.3}), vec({0.7, -0.3, 0.9}), 0)) ==
        std::vector<double>{0x1.147ae2p-2, 0x1.eb8522p-4, -0x1.5c28f6p-3});
}

TEST_CASE("cross's checks, in PyTorch's words") {
  CHECK_THROWS_WITH(cross(iota({2, 2}), iota({2, 2}), {}), "no dimension of size 3 in input");
  CHECK_THROWS_WITH(cross(iota({3, 2}), iota({2, 3}), {}), "linalg.cross: inputs dimension 0 must have length 3. Got 3 and 2");
  CHECK_THROWS_WITH(cross(iota({3, 3}), iota({3}), {}), "linalg.cross: inputs must have the same number of dimensions.");
  CHECK_THROWS_WITH(cross(iota({3}), ints({1, 2, 3}), {}), "expected scalar type Float but found Long");
  CHECK_THROWS_WITH(cross(iota({3, 3}), iota({3, 3}), 2),
                    "Dimension out of range (expected to be in range of [-2, 1], but got 2)");
}

TEST_CASE("LinalgCrossBackward0: d/da = b × grad, d/db = grad × a, summed over broadcast dims") {
  Tensor a = make({1, 2, 3}, {3}, DType::Float32, true);
  CHECK(name_of(cross(a, vec({0, 1, 0}), {})) == "LinalgCrossBackward0");
  check_gradients([](auto& in) { return cross(in[0], in[1], 1); },
                  {f64({0.5, -1.5, 2.0, 3.0, -0.25, 1.0}, {2, 3}), f64({1.5, 0.75, -2.0}, {1, 3})});
  check_gradients([](auto& in) { return cross(in[0], in[1], {}); },
                  {f64({0.5, -1.5, 2.0, 3.0, -0.25, 1.0}, {3, 2}), f64({1.5, 0.75, -2.0, 0.5, 1.0, 0.25}, {3, 2})});
}

TEST_CASE("kron multiplies every element of a with all of b, the shorter shape padded with 1s") {
  Tensor a = make({1, 2, 3, 4}, {2, 2}), b = make({0, 1, 1, 0}, {2, 2});
  CHECK(values(kron(a, b)) == std::vector<double>{0, 1, 0, 2, 1, 0, 2, 0, 0, 3, 0, 4, 3, 0, 4, 0});
  CHECK(values(kron(ints({1, 2}), make({1, 2}, {2, 1}, DType::Int64))) == std::vector<double>{1, 2, 2, 4});
  CHECK(kron(ints({1, 2}), vec({1.5, 2})).dtype() == DType::Float32);
  CHECK(kron(iota({2, 1, 3}), iota({2, 2})).shape() == Shape{2, 2, 6});
  CHECK(values(kron(make({2}, {}), vec({1.5, 2}))) == std::vector<double>{3, 4});
  Tensor x = make({1, 2}, {2}, DType::Float32, true);
  CHECK(name_of(kron(x, x)) == "UnsafeViewBackward0");
  check_gradients([](auto& in) { return kron(in[0], in[1]); },
                  {f64({0.5, -1.5, 2.0, 3.0}, {2, 2}), f64({1.5, 0.75, -2.0}, {3})});
}
