// cat, stack, split, chunk, unbind: values, dtypes, errors, views and gradients.
#include "autograd/grad_mode.h"
#include "helpers.h"

using namespace gb;
using namespace gb::test;

namespace {
std::vector<Shape> shapes(const std::vector<Tensor>& ts) {
  std::vector<Shape> out;
  for (const Tensor& t : ts) out.push_back(t.shape());
  return out;
}
}  // namespace

TEST_CASE("cat joins along a dim and promotes dtypes") {
  Tensor a = make({1, 2, 3, 4}, {2, 2}, DType::Int64), b = make({5, 6}, {1, 2}, DType::Int64);
  CHECK(values(cat({a, b}, 0)) == std::vector<double>{1, 2, 3, 4, 5, 6});
  CHECK(values(cat({a, a}, -1)) == std::vector<double>{1, 2, 1, 2, 3, 4, 3, 4});
  CHECK(cat({a, make({1, 1}, {1, 2}, DType::Float32)}, 0).dtype() == DType::Float32);
  CHECK(cat({a, make({1, 1}, {1, 2}, DType::Int32)}, 0).dtype() == DType::Int64);
}

TEST_CASE("cat skips 1-d empty tensors, as PyTorch does for old code") {
  Tensor a = iota({2, 3});
  CHECK(cat({zeros({0}, DType::Float32), a}, 0).shape() == Shape{2, 3});
  CHECK(cat({zeros({0}, DType::Float32)}, 0).shape() == Shape{0});
}

TEST_CASE("cat errors are PyTorch's") {
  Tensor a = iota({2, 3});
  CHECK_THROWS_WITH(cat({}, 0), "torch.cat(): expected a non-empty list of Tensors");
  CHECK_THROWS_WITH(cat({make({1}, {}), make({2}, {})}, 0), "zero-dimensional tensor (at position 0) cannot be concatenated");
  CHECK_THROWS_WITH(cat({a, iota({3})}, 0), "Tensors must have same number of dimensions: got 2 and 1");
  CHECK_THROWS_WITH(cat({a, iota({2, 2})}, 0),
                    "Sizes of tensors must match except in dimension 0. Expected size 3 but got size 2 for tensor number 1 in the list.");
  CHECK_THROWS_WITH(cat({a, a}, 2), "Dimension out of range (expected to be in range of [-2, 1], but got 2)");
}

TEST_CASE("stack adds a dim and checks that every tensor has one shape") {
  Tensor a = iota({3}), b = make({4, 5, 6}, {3});
  Tensor s = stack({a, b}, 1);
  CHECK(s.shape() == Shape{3, 2});
  CHECK(values(s) == std::vector<double>{0, 4, 1, 5, 2, 6});
  CHECK(stack({make({1}, {}), make({2}, {})}, 0).shape() == Shape{2});
  CHECK_THROWS_WITH(stack({}, 0), "stack expects a non-empty TensorList");
  CHECK_THROWS_WITH(stack({a, iota({2})}, 0), "stack expects each tensor to be equal size, but got [3] at entry 0 and [2] at entry 1");
  CHECK_THROWS_WITH(stack({a, b}, 2), "Dimension out of range (expected to be in range of [-2, 1], but got 2)");
}

TEST_CASE("split cuts equal pieces with a shorter last one; the pieces are views") {
  Tensor x = iota({5});
  auto parts = split(x, 2, 0);
  CHECK(shapes(parts) == std::vector<Shape>{{2}, {2}, {1}});
  CHECK(values(parts[2]) == std::vector<double>{4});
  CHECK(parts[1].impl()->storage == x.impl()->storage);
  CHECK(shapes(split(iota({2, 3}), 5, 1)) == std::vector<Shape>{{2, 3}});
  CHECK_THROWS_WITH(split(iota({2}), 0, 0), "split_size can only be 0 if dimension size is 0, but got dimension size of 2");
}

TEST_CASE("split_with_sizes needs sizes that add up to the dim") {
  Tensor x = iota({2, 3});
  CHECK(shapes(split_with_sizes(x, {1, 2}, 1)) == std::vector<Shape>{{2, 1}, {2, 2}});
  CHECK_THROWS_WITH(split_with_sizes(x, {1, 2}, 0),
                    "split_with_sizes expects split_sizes to sum exactly to 2 (input tensor's size at dimension 0), but got split_sizes=[1, 2]");
  CHECK_THROWS_WITH(split_with_sizes(x, {1, -1, 3}, 1),
                    "split_with_sizes expects split_sizes have only non-negative entries, but got split_sizes=[1, -1, 3]");
}

TEST_CASE("chunk splits into at most n pieces of ceil(size / n)") {
  CHECK(shapes(chunk(iota({5}), 3, 0)) == std::vector<Shape>{{2}, {2}, {1}});
  CHECK(shapes(chunk(iota({6}), 4, 0)) == std::vector<Shape>{{2}, {2}, {2}});
  CHECK(shapes(chunk(iota({0}), 2, 0)) == std::vector<Shape>{{0}, {0}});
  CHECK_THROWS_WITH(chunk(iota({4}), 0, 0), "chunk expects `chunks` to be greater than 0, got: 0");
}

TEST_CASE("unbind returns one view per index along a dim") {
  auto rows = unbind(iota({2, 3}), 1);
  CHECK(shapes(rows) == std::vector<Shape>{{2}, {2}, {2}});
  CHECK(values(rows[1]) == std::vector<double>{1, 4});
  CHECK_THROWS_WITH(unbind(make({1}, {}), 0), "Dimension specified as 0 but tensor has no dimensions");
  CHECK_THROWS_WITH(unbind(make({1}, {}), -1), "Dimension specified as 0 but tensor has no dimensions");
  CHECK_THROWS_WITH(unbind(make({1}, {}), 1), "Dimension out of range (expected to be in range of [-1, 0], but got 1)");
}

TEST_CASE("joining and cutting record PyTorch's node names") {
  Tensor x = make({1, 2, 3, 4}, {2, 2}, DType::Float32, true);
  CHECK(cat({x, x}, 0).grad_fn()->name() == "CatBackward0");
  CHECK(stack({x, x}, 0).grad_fn()->name() == "StackBackward0");
  CHECK(split(x, 1, 0)[0].grad_fn()->name() == "SplitBackward0");
  CHECK(split_with_sizes(x, {1, 1}, 0)[1].grad_fn()->name() == "SplitWithSizesBackward0");
  CHECK(chunk(x, 2, 1)[0].grad_fn()->name() == "SplitBackward0");
  CHECK(unbind(x, 0)[1].grad_fn()->name() == "UnbindBackward0");
  CHECK(unbind(x, 0)[1].impl()->output_nr == 1);
}

TEST_CASE("gradients of joining and cutting, and their gradients, match finite differences") {
  Tensor a = f64({1, 2, 3, 4, 5, 6}, {2, 3}), b = f64({-1, 0.5, 2}, {1, 3});
  // Squared, so that the second derivative passes through the recorded backward.
  auto squared = [](const Tensor& v) { return mul(v, v); };
  check_gradients([squared](const auto& in) { return squared(cat({in[0], in[1], in[0]}, 0)); }, {a, b});
  check_gradients([](const auto& in) { return stack({in[0], mul(in[0], in[0])}, 2); }, {a});
  check_gradients([](const auto& in) { return mul(split(in[0], 2, 1)[1], in[1]); }, {a, f64({2}, {1})});
  check_gradients([squared](const auto& in) { return squared(add(unbind(in[0], 1)[0], unbind(in[0], 1)[2])); }, {a});
  check_gradients([squared](const auto& in) { return squared(cat(chunk(in[0], 2, 1), 1)); }, {a});
}

TEST_CASE("split's and unbind's gradients are joined by cat and stack, so a recorded backward shows them") {
  Tensor x = make({1, 2, 3, 4, 5, 6}, {2, 3}, DType::Float64, true);
  Tensor piece = split(x, 2, 1)[1];
  std::vector<Tensor> g = grad({sum(mul(piece, piece))}, {}, {x}, true, false, true);
  CHECK(name_of(g[0]) == "CatBackward0");
  CHECK(values(g[0]) == std::vector<double>{0, 0, 6, 0, 0, 12});
  Tensor column = unbind(x, 1)[2];
  g = grad({sum(mul(column, column))}, {}, {x}, true, false, true);
  CHECK(name_of(g[0]) == "StackBackward0");
  CHECK(values(g[0]) == std::vector<double>{0, 0, 6, 0, 0, 12});
}

TEST_CASE("pieces that get no gradient count as zero") {
  Tensor x = vec({1, 2, 3}, true);
  backward({sum(unbind(x, 0)[1])}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{0, 1, 0});
}

TEST_CASE("the outputs of a multi-output op may not be changed in place while recording") {
  Tensor x = vec({1, 2, 3, 4}, true);
  Tensor y = mul(x, wrapped_scalar(1, DType::Int64));
  CHECK_THROWS_WITH(mul_(split(y, 2, 0)[0], wrapped_scalar(2, DType::Int64)),
                    "Output 0 of SplitBackward0 is a view and is being modified inplace. This view is the output of a "
                    "function that returns multiple views. Such functions do not allow the output views to be modified "
                    "inplace. You should replace the inplace operation by an out-of-place one.");
  Tensor plain = iota({2, 2});
  add_(unbind(plain, 0)[0], wrapped_scalar(1, DType::Int64));
  CHECK(values(plain) == std::vector<double>{1, 2, 2, 3});
  CHECK_THROWS_WITH(add_(unbind(plain, 0)[0], slice(y, 0, 0, 2, 1)),
                    doctest::Contains("A view was created in no_grad mode and is being modified inplace with grad "
                                        "mode enabled. This view is the output of a function that returns multiple views."));
}

TEST_CASE("repeat tiles a tensor, padding its shape with leading ones") {
  Tensor x = make({1, 2}, {2}, DType::Int64);
  Tensor r = repeat(x, {2, 2});
  CHECK(r.shape() == Shape{2, 4});
  CHECK(values(r) == std::vector<double>{1, 2, 1, 2, 1, 2, 1, 2});
  CHECK(values(repeat(t(iota({2, 2})), {1, 2})) == std::vector<double>{0, 2, 0, 2, 1, 3, 1, 3});
  CHECK(repeat(iota({2, 2}), {0, 1}).shape() == Shape{0, 2});
  CHECK_THROWS_WITH(repeat(iota({2, 2}), {2}),
                    "Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor");
  Tensor a = make({1, 2}, {2}, DType::Float32, true);
  CHECK(repeat(a, {2}).grad_fn()->name() == "RepeatBackward0");
  check_gradients([](const auto& in) { return repeat(in[0], {2, 1, 3}); }, {f64({1, 2, 3, 4, 5, 6}, {2, 3})});
}
