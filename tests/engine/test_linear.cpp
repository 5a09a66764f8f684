// addmm (nn.Linear's op): values rounded as PyTorch's BLAS call rounds them, shape errors,
// and finite-difference gradients for every operand, including a transposed weight.
#include "helpers.h"

using namespace gb;
using namespace gb::test;

namespace {
Tensor transpose2d(const Tensor& t) {
  return make_view(t, {t.size(1), t.size(0)}, {t.strides()[1], t.strides()[0]}, 0);
}
}  // namespace

TEST_CASE("addmm adds the bias to each row's dot products") {
  Tensor x = make({0.1, 0.2, 0.3, 0.4, 0.5, 0.6}, {2, 3});
  Tensor w = make({1.0, -1.0, 0.5, 0.25, 2.0, -0.75}, {2, 3});
  Tensor b = vec({0.1, -0.2});
  Tensor y = addmm(b, x, transpose2d(w));
  CHECK(y.shape() == Shape{2, 2});
  CHECK(values(y) == std::vector<double>{0.15000000596046448, 0, 0.30000001192092896, 0.44999998807907104});
}

TEST_CASE("addmm with a row-major mat2 accumulates each product onto the bias, as PyTorch's BLAS call does") {
  Tensor c = make({-1.05, 0.18, -0.52, 0.42}, {2, 2});
  Tensor a = make({0.5, -1.74, -1.95, 1.35, -0.96, -1.06}, {2, 3});
  Tensor b = make({1.98, -0.12, 1.35, -0.09, 0.56, -1.4}, {3, 2});
  CHECK(values(addmm(c, a, b)) ==
        std::vector<double>{-3.500999927520752, 3.0065999031066895, 0.263400137424469, 1.828399896621704});
  // With mat2 a transposed view (nn.Linear's weight.t()) the bias is added after the sum.
  Tensor b_t = contiguous_copy(transpose2d(b));
  CHECK(values(addmm(c, a, transpose2d(b_t))) ==
        std::vector<double>{-3.500999927520752, 3.0066001415252686, 0.263400137424469, 1.8283997774124146});
}

TEST_CASE("addmm records AddmmBackward0 with edges to bias, mat1 and mat2") {
  Tensor x = make({1, 2}, {1, 2}, DType::Float32, true);
  Tensor w = make({1, 2, 3, 4}, {2, 2}, DType::Float32, true);
  Tensor b = vec({0, 0}, true);
  Tensor y = addmm(b, x, w);
  CHECK(y.grad_fn()->name() == "AddmmBackward0");
  CHECK(y.grad_fn()->next_edges().size() == 3);
}

TEST_CASE("addmm's shape errors are PyTorch's") {
  CHECK_THROWS_WITH(addmm(vec({0, 0, 0, 0, 0}), zeros({4, 3}, DType::Float32), zeros({2, 5}, DType::Float32)),
                    "mat1 and mat2 shapes cannot be multiplied (4x3 and 2x5)");
  CHECK_THROWS_WITH(addmm(vec({0, 0, 0, 0}), zeros({4, 3}, DType::Float32), zeros({3, 5}, DType::Float32)),
                    "The expanded size of the tensor (5) must match the existing size (4) at non-singleton dimension "
                    "1.  Target sizes: [4, 5].  Tensor sizes: [4]");
  CHECK_THROWS_WITH(addmm(vec({0}), zeros({1, 1}, DType::Float32), zeros({1, 1}, DType::Float64)),
                    "mat1 and mat2 must have the same dtype");
}

TEST_CASE("addmm gradients agree with finite differences") {
  Tensor b = f64({0.5, -1.0}, {2}), x = f64({0.3, -1.2, 2.5, 0.7, -0.4, 1.9}, {3, 2});
  Tensor w = f64({1.5, -0.5, 0.25, 2.0}, {2, 2});
  check_gradients([](auto& in) { return addmm(in[0], in[1], in[2]); }, {b, x, w});
  check_gradients([](auto& in) { return addmm(in[0], in[1], in[2]); }, {f64({0.1, 0.2, 0.3, 0.4, 0.5, 0.6}, {3, 2}), x, w});
  Tensor weight_t = transpose2d(f64({1.5, -0.5, 0.25, 2.0}, {2, 2}));  // a weight seen through a transposed view
  check_gradients([&](auto& in) { return addmm(in[0], in[1], weight_t); }, {b, x});
}

TEST_CASE("baddbmm sums a small product onto the bias, whatever batch2's layout") {
  Tensor c = make({-1.05, 0.18, -0.52, 0.42}, {2, 2});
  Tensor a = make({0.5, -1.74, -1.95, 1.35, -0.96, -1.06}, {1, 2, 3});
  Tensor b = make({1.98, -0.12, 1.35, -0.09, 0.56, -1.4}, {1, 3, 2});
  const std::vector<double> bias_first{-3.500999927520752, 3.0065999031066895, 0.263400137424469, 1.828399896621704};
  CHECK(values(baddbmm(c, a, b)) == bias_first);
  CHECK(values(baddbmm(c, a, transpose(contiguous_copy(transpose(b, 1, 2)), 1, 2))) == bias_first);
}

TEST_CASE("baddbmm rounds a larger product as addmm does for each batch entry") {
  Tensor a = sin(iota({2, 8, 8})), b = cos(iota({2, 8, 8})), c = sin(iota({8, 8}, DType::Float32));
  Tensor b_t = transpose(contiguous_copy(transpose(b, 1, 2)), 1, 2);
  for (const Tensor& rhs : {b, b_t}) {
    Tensor out = baddbmm(c, a, rhs);
    for (int64_t i = 0; i < 2; ++i) CHECK(equal(select(out, 0, i), addmm(c, select(a, 0, i), select(rhs, 0, i))));
  }
}

TEST_CASE("baddbmm records BaddbmmBackward0 and checks shapes as PyTorch does") {
  Tensor a = make({1, 2}, {1, 1, 2}, DType::Float32, true);
  CHECK(baddbmm(vec({0}), a, zeros({1, 2, 1}, DType::Float32)).grad_fn()->name() == "BaddbmmBackward0");
  CHECK_THROWS_WITH(baddbmm(vec({0}), zeros({2, 3}, DType::Float32), zeros({1, 3, 1}, DType::Float32)),
                    "batch1 must be a 3D tensor");
  CHECK_THROWS_WITH(baddbmm(vec({0}), zeros({2, 3, 5}, DType::Float32), zeros({2, 4, 4}, DType::Float32)),
                    "Expected size for first two dimensions of batch2 tensor to be: [2, 5] but got: [2, 4].");
}

TEST_CASE("baddbmm gradients agree with finite differences") {
  Tensor bias = f64({0.5, -1.0, 0.25}, {1, 3}), a = f64({0.3, -1.2, 2.5, 0.7, -0.4, 1.9, 0.1, 0.8}, {2, 2, 2});
  Tensor b = f64({1.5, -0.5, 0.25, 2.0, -1.0, 0.75, 0.5, 1.25, -0.25, 1.0, 0.3, -0.6}, {2, 2, 3});
  check_gradients([](auto& in) { return baddbmm(in[0], in[1], in[2]); }, {bias, a, b});
}
