// roll and rot90 (ops/rotation.cpp): values, PyTorch's checks and messages, and gradients that
// undo the move (recorded, so they have second derivatives too).
#include "helpers.h"

using namespace gb;
using namespace gb::test;

TEST_CASE("roll moves elements along each dim, and the flattened tensor without dims") {
  Tensor x = iota({2, 3});
  CHECK(values(roll(x, {1}, {0})) == std::vector<double>{3, 4, 5, 0, 1, 2});
  CHECK(values(roll(x, {1, -1}, {0, 1})) == std::vector<double>{4, 5, 3, 1, 2, 0});
  CHECK(values(roll(x, {4}, {1})) == std::vector<double>{2, 0, 1, 5, 3, 4});
  CHECK(values(roll(x, {1}, {})) == std::vector<double>{5, 0, 1, 2, 3, 4});
  CHECK(roll(x, {1}, {}).shape() == Shape{2, 3});
  CHECK(values(roll(make({3}, {}), {1}, {})) == std::vector<double>{3});
  CHECK(roll(make({}, {0}), {1}, {}).numel() == 0);
}

TEST_CASE("roll's checks") {
  Tensor x = iota({2, 3});
  CHECK_THROWS_WITH(roll(x, {1, 2}, {0}), "shifts and dimensions must align. shifts: 2, dims:1");
  CHECK_THROWS_WITH(roll(x, {1, 2}, {}), "shifts and dimensions must align. shifts: 2, dims:0");
  CHECK_THROWS_WITH(roll(x, {}, {}), "`shifts` required");
  CHECK_THROWS_WITH(roll(x, {1}, {2}), "Dimension out of range (expected to be in range of [-2, 1], but got 2)");
  CHECK_THROWS_WITH(roll(make({3}, {}), {1}, {0}), "Dimension specified as 0 but tensor has no dimensions");
}

TEST_CASE("rot90 turns the plane of dims from the first towards the second") {
  Tensor x = iota({2, 3});
  CHECK(values(rot90(x, 1, {0, 1})) == std::vector<double>{2, 5, 1, 4, 0, 3});
  CHECK(rot90(x, 1, {0, 1}).shape() == Shape{3, 2});
  CHECK(values(rot90(x, 2, {0, 1})) == std::vector<double>{5, 4, 3, 2, 1, 0});
  CHECK(values(rot90(x, -1, {0, 1})) == std::vector<double>{3, 0, 4, 1, 5, 2});
  CHECK(values(rot90(x, 5, {1, 0})) == values(rot90(x, -1, {0, 1})));
  CHECK(values(rot90(x, 0, {0, 1})) == values(x));
}

TEST_CASE("rot90's checks, in PyTorch's order") {
  Tensor x = iota({2, 3});
  CHECK_THROWS_WITH(rot90(x, 1, {0}), "expected total rotation dims == 2, but got dims = 1");
  CHECK_THROWS_WITH(rot90(iota({2}), 1, {0, 1}), "expected total dims >= 2, but got total dims = 1");
  CHECK_THROWS_WITH(rot90(x, 1, {0, 0}), "expected rotation dims to be different, but got dim0 = 0 and dim1 = 0");
  CHECK_THROWS_WITH(rot90(x, 1, {0, -2}), "expected rotation dims to be different, but got dim0 = 0 and dim1 = -2");
  CHECK_THROWS_WITH(rot90(x, 1, {0, 3}), "Rotation dim1 out of range, dim1 = 3");
  CHECK_THROWS_WITH(rot90(x, 1, {-3, 1}), "Rotation dim0 out of range, dim0 = -3");
}

TEST_CASE("RollBackward0 and Rot90Backward0 move the gradient back") {
  Tensor x = make({1, 2, 3, 4, 5, 6}, {2, 3}, DType::Float32, true);
  Tensor weights = iota({2, 3});
  Tensor rolled = roll(x, {1}, {1});
  CHECK(name_of(rolled) == "RollBackward0");
  backward({rolled}, {weights}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{1, 2, 0, 4, 5, 3});
  CHECK(name_of(rot90(x, 1, {0, 1})) == "Rot90Backward0");
  const Tensor input = f64({0.5, -1.5, 2.0, 3.0, -0.25, 1.0}, {2, 3});
  check_gradients([](auto& in) { return mul(roll(in[0], {1, -2}, {0, 1}), in[0]); }, {input});
  check_gradients([](auto& in) { return mul(roll(in[0], {2}, {}), in[0]); }, {input});
  check_gradients([](auto& in) { return mul(rot90(in[0], 1, {0, 1}), rot90(in[0], 3, {1, 0})); }, {input});
  check_gradients([](auto& in) { return mul(rot90(in[0], 2, {0, 1}), in[0]); }, {input});
}
