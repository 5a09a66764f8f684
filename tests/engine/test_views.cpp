// Views: shapes and strides, shared storage, grad_fn names, errors, finite-difference
// gradients, and what in-place changes through views do to autograd.
#include "autograd/grad_mode.h"
#include "helpers.h"

using namespace gb;
using namespace gb::test;


TEST_CASE("transpose, t and permute swap strides and share storage") {
  Tensor x = iota({2, 3});
  Tensor y = transpose(x, 0, 1);
  CHECK(y.shape() == Shape{3, 2});
  CHECK(y.strides() == Shape{1, 3});
  CHECK(y.impl()->storage == x.impl()->storage);
  CHECK_FALSE(y.is_contiguous());
  CHECK(values(y) == std::vector<double>{0, 3, 1, 4, 2, 5});
  CHECK(values(t(x)) == values(y));
  Tensor z = permute(iota({2, 3, 4}), {2, 0, 1});
  CHECK(z.shape() == Shape{4, 2, 3});
  CHECK(z.strides() == Shape{1, 12, 4});
}

TEST_CASE("t leaves 0-d and 1-d tensors as they are and refuses 3-d ones") {
  CHECK(t(vec({1, 2})).shape() == Shape{2});
  CHECK(t(make({5}, {})).shape() == Shape{});
  CHECK_THROWS_WITH(t(iota({2, 2, 2})), "t() expects a tensor with <= 2 dimensions, but self is 3D");
}

TEST_CASE("permute errors are PyTorch's") {
  Tensor x = iota({2, 3});
  CHECK_THROWS_WITH(permute(x, {0}), "permute(sparse_coo): number of dimensions in the tensor input does not match "
                                     "the length of the desired ordering of dimensions i.e. input.dim() = 2 is not "
                                     "equal to len(dims) = 1");
  CHECK_THROWS_WITH(permute(x, {0, -2}), "permute(): duplicate dims are not allowed.");
  CHECK_THROWS_WITH(permute(x, {0, 2}), "Dimension out of range (expected to be in range of [-2, 1], but got 2)");
}

TEST_CASE("unsqueeze inserts a size-1 dim with a stride that keeps the layout") {
  Tensor x = iota({2, 3});
  CHECK(unsqueeze(x, 1).shape() == Shape{2, 1, 3});
  CHECK(unsqueeze(x, 1).strides() == Shape{3, 3, 1});
  CHECK(unsqueeze(x, -1).shape() == Shape{2, 3, 1});
  CHECK(unsqueeze(make({1}, {}), 0).shape() == Shape{1});
  CHECK_THROWS_WITH(unsqueeze(x, 3), "Dimension out of range (expected to be in range of [-3, 2], but got 3)");
}

TEST_CASE("squeeze drops size-1 dims, all of them or the one asked for") {
  Tensor x = zeros({1, 3, 1}, DType::Float32);
  CHECK(squeeze(x).shape() == Shape{3});
  CHECK(squeeze(x, 0).shape() == Shape{3, 1});
  CHECK(squeeze(x, 1).shape() == Shape{1, 3, 1});
  CHECK(squeeze(make({1}, {}), 0).shape() == Shape{});
  CHECK_THROWS_WITH(squeeze(x, 3), "Dimension out of range (expected to be in range of [-3, 2], but got 3)");
}

TEST_CASE("select and slice pick regions without copying") {
  Tensor x = iota({3, 4});
  CHECK(values(select(x, 0, 1)) == std::vector<double>{4, 5, 6, 7});
  CHECK(values(select(x, 1, -1)) == std::vector<double>{3, 7, 11});
  CHECK(values(slice(x, 1, 1, 100, 2)) == std::vector<double>{1, 3, 5, 7, 9, 11});
  CHECK(slice(x, 0, -2, INT64_MAX, 1).shape() == Shape{2, 4});
  CHECK(slice(x, 0, 2, 1, 1).shape() == Shape{0, 4});
  CHECK(select(x, 1, 2).impl()->offset == 2);
  CHECK_THROWS_WITH(select(x, 0, 3), "select(): index 3 out of range for tensor of size [3, 4] at dimension 0");
  CHECK_THROWS_WITH(slice(make({1}, {}), 0, 0, 1, 1), "slice() cannot be applied to a 0-dim tensor.");
}

TEST_CASE("narrow is a slice of a given length, checked against the dim") {
  Tensor x = iota({2, 3});
  CHECK(values(narrow(x, 1, 1, 2)) == std::vector<double>{1, 2, 4, 5});
  CHECK(values(narrow(x, 0, -1, 1)) == std::vector<double>{3, 4, 5});
  CHECK_THROWS_WITH(narrow(x, 1, 2, 2), "start (2) + length (2) exceeds dimension size (3).");
  CHECK_THROWS_WITH(narrow(x, 0, 3, 1), "Dimension out of range (expected to be in range of [-2, 1], but got 3)");
}

TEST_CASE("flatten merges a run of dims; a single dim comes back as the same tensor") {
  Tensor x = iota({2, 3, 2});
  CHECK(flatten(x, 0, -1).shape() == Shape{12});
  CHECK(flatten(x, 1, 2).shape() == Shape{2, 6});
  CHECK(flatten(x, 1, 1).is_same(x));
  CHECK(flatten(make({5}, {}), 0, -1).shape() == Shape{1});
  CHECK_THROWS_WITH(flatten(x, 2, 0), "flatten() has invalid args: start_dim cannot come after end_dim");
}

TEST_CASE("unflatten splits a dim, inferring one size") {
  Tensor x = iota({2, 6});
  CHECK(unflatten(x, 1, {3, -1}).shape() == Shape{2, 3, 2});
  CHECK_THROWS_WITH(unflatten(x, 1, {4, 2}),
                    "unflatten: Provided sizes [4, 2] don't multiply up to the size of dim 1 (6) in the input tensor");
  CHECK_THROWS_WITH(unflatten(x, 1, {}), "unflatten: sizes must be non-empty");
}

TEST_CASE("unflatten refuses a 0-dim tensor, which has no dim to split") {
  Tensor scalar = make({5}, {});
  CHECK_THROWS_WITH(unflatten(scalar, -1, {1}), "Dimension specified as 0 but tensor has no dimensions");
  CHECK_THROWS_WITH(unflatten(scalar, 1, {1}), "Dimension out of range (expected to be in range of [-1, 0], but got 1)");
  CHECK_THROWS_WITH(unflatten(scalar, 0, {}), "unflatten: sizes must be non-empty");
}

TEST_CASE("reshape copies only when no view exists, and the copy is no view") {
  Tensor x = iota({2, 3});
  Tensor v = reshape(x, {3, 2});
  CHECK(v.impl()->storage == x.impl()->storage);
  Tensor c = reshape(t(x), {6});
  CHECK(c.impl()->storage != x.impl()->storage);
  CHECK(c.impl()->view_base == nullptr);
  CHECK(values(c) == std::vector<double>{0, 3, 1, 4, 2, 5});
}

TEST_CASE("view ops record PyTorch's node names") {
  Tensor x = make({1, 2, 3, 4, 5, 6}, {2, 3}, DType::Float32, true);
  CHECK(name_of(transpose(x, 0, 1)) == "TransposeBackward0");
  CHECK(name_of(t(x)) == "TBackward0");
  CHECK(name_of(permute(x, {1, 0})) == "PermuteBackward0");
  CHECK(name_of(unsqueeze(x, 0)) == "UnsqueezeBackward0");
  CHECK(name_of(squeeze(x)) == "SqueezeBackward0");
  CHECK(name_of(squeeze(x, 0)) == "SqueezeBackward1");
  CHECK(name_of(select(x, 0, 0)) == "SelectBackward0");
  CHECK(name_of(slice(x, 1, 0, 2, 1)) == "SliceBackward0");
  CHECK(name_of(narrow(x, 1, 0, 2)) == "SliceBackward0");
  CHECK(name_of(alias(x)) == "AliasBackward0");
  CHECK(name_of(flatten(x, 0, 1)) == "ReshapeAliasBackward0");
  CHECK(name_of(flatten(t(x), 0, 1)) == "UnsafeViewBackward0");
  CHECK(name_of(unflatten(x, 1, {3, 1})) == "ViewBackward0");
  CHECK(name_of(squeeze_(mul(x, num(1)), 0)) == "SqueezeBackward3");
}

TEST_CASE("gradients of view ops, and of their gradients, match finite differences") {
  Tensor a = f64({1, -2, 3, 0.5, 5, -6}, {2, 3});
  // Squared, so that the second derivative passes through the view's recorded backward.
  auto squared = [](const Tensor& v) { return mul(v, v); };
  check_gradients([squared](const auto& in) { return squared(transpose(in[0], 0, 1)); }, {a});
  check_gradients([squared](const auto& in) { return squared(t(in[0])); }, {a});
  check_gradients([squared](const auto& in) { return squared(permute(unsqueeze(in[0], 1), {2, 0, 1})); }, {a});
  check_gradients([squared](const auto& in) { return squared(squeeze(unsqueeze(in[0], 0))); }, {a});
  check_gradients([squared](const auto& in) { return squared(select(in[0], 1, -1)); }, {a});
  check_gradients([squared](const auto& in) { return squared(slice(in[0], 1, 0, 3, 2)); }, {a});
  check_gradients([squared](const auto& in) { return squared(narrow(transpose(in[0], 0, 1), 0, 1, 2)); }, {a});
  check_gradients([squared](const auto& in) { return squared(flatten(t(in[0]), 0, 1)); }, {a});
  check_gradients([squared](const auto& in) { return squared(unflatten(in[0], 1, {3, 1})); }, {a});
  check_gradients([squared](const auto& in) { return squared(alias(in[0])); }, {a});
  check_gradients([](const auto& in) { return mul(expand(select(in[0], 0, 0), {4, 3}), in[0]); }, {f64({1, 2, 3}, {1, 3})});
}

TEST_CASE("writing through a view changes the base and bumps the shared version") {
  Tensor x = zeros({2, 3}, DType::Float32);
  Tensor row = select(x, 0, 1);
  fill_(row, 7.0);
  CHECK(values(x) == std::vector<double>{0, 0, 0, 7, 7, 7});
  CHECK(*x.impl()->version == 1);
}

TEST_CASE("an in-place op on a view is recorded on its base as CopySlices") {
  Tensor w = vec({1, 2, 3}, true);
  Tensor y = mul(w, num(2));
  Tensor v = slice(y, 0, 0, 2, 1);
  mul_(v, num(3));
  CHECK(name_of(y) == "CopySlices");
  CHECK(y.grad_fn()->display_name() == "torch::autograd::CopySlices");
  CHECK(y.grad_fn()->next_edges()[0].node->name() == "MulBackward0");
  CHECK(name_of(v) == "AsStridedBackward0");
  CHECK(v.grad_fn()->next_edges()[0].node == y.grad_fn());
  CHECK(values(y) == std::vector<double>{6, 12, 6});
  backward({sum(y)}, {}, false);
  CHECK(values(grad_of(w)) == std::vector<double>{6, 6, 2});
}

TEST_CASE("an in-place op on a view that saves the view's base is freed with its last tensor") {
  // mul_ saves its other operand, here the base, whose grad_fn becomes the CopySlices that holds
  // mul_'s own node.
  int64_t before = TensorImpl::live_count;
  Tensor s;
  {
    Tensor y = mul(vec({1, 2, 3}, true), num(1));
    mul_(slice(y, 0, 0, 3, 1), y);
    s = sum(y);
  }
  // The saved base, now gone, is named by its grad_fn then.
  CHECK_THROWS_WITH(backward({s}, {}, false),
                    "one of the variables needed for gradient computation has been modified by an inplace operation: "
                    "[torch.FloatTensor [3]], which is output 0 of torch::autograd::CopySlices, is at version 1; "
                    "expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to "
                    "compute its gradient, with torch.autograd.set_detect_anomaly(True).");
  s = Tensor{};
  CHECK(TensorImpl::live_count == before);
}

TEST_CASE("copying a value that requires grad into a region routes its gradient") {
  Tensor value = vec({5, 6}, true);
  Tensor base = zeros({3}, DType::Float32);
  copy_(slice(base, 0, 1, 3, 1), value);
  CHECK(name_of(base) == "CopySlices");
  CHECK(base.grad_fn()->next_edges()[0].node == nullptr);
  backward({sum(mul(base, base))}, {}, false);
  CHECK(values(grad_of(value)) == std::vector<double>{10, 12});
}

TEST_CASE("CopySlices gradients, and their gradients, match finite differences") {
  check_gradients(
      [](const auto& in) {
        Tensor y = mul(in[0], num(1));
        mul_(select(y, 0, 1), in[1]);
        return mul(y, y);
      },
      {f64({1, 2, 3, 4, 5, 6}, {2, 3}), f64({2, -1, 0.5}, {3})});
}

TEST_CASE("a view whose base changed in place reads the base's new history") {
  Tensor w = vec({1, 2}, true);
  Tensor y = mul(w, num(1));
  Tensor v = select(y, 0, 0);
  CHECK(name_of(v) == "SelectBackward0");
  mul_(y, num(5));
  CHECK(name_of(v) == "AsStridedBackward0");
  backward({v}, {}, false);
  CHECK(values(grad_of(w)) == std::vector<double>{5, 0});
}

TEST_CASE("in-place changes of leaves that require grad, and of their views, are refused") {
  Tensor w = vec({1, 2}, true);
  CHECK_THROWS_WITH(fill_(select(w, 0, 0), 1.0), "a view of a leaf Variable that requires grad is being used in an in-place operation.");
  CHECK_THROWS_WITH(fill_(w, 1.0), "a leaf Variable that requires grad is being used in an in-place operation.");
}

TEST_CASE("a view made in no-grad mode may not change in place while recording") {
  Tensor w = vec({1, 2}, true);
  Tensor y = mul(w, num(1));
  Tensor v;
  {
    GradModeGuard no_grad(false);
    v = select(y, 0, 0);
  }
  CHECK(v.requires_grad());
  CHECK(v.is_leaf());
  CHECK_THROWS_WITH(mul_(v, num(2)), doctest::Contains("A view was created in no_grad mode and is being modified inplace "
                                                      "with grad mode enabled. Given that this use case is ambiguous"));
}

TEST_CASE("views of tensors that need no gradient change in place freely") {
  Tensor x = iota({2, 2});
  add_(transpose(x, 0, 1), num(1));
  CHECK(values(x) == std::vector<double>{1, 2, 3, 4});
  CHECK(x.grad_fn() == nullptr);
}

TEST_CASE("gradients of view, reshape, clone and contiguous match finite differences") {
  Tensor a = f64({1, -2, 3, 0.5, 5, -6}, {2, 3});
  check_gradients([](const auto& in) { return view(in[0], {3, 2}); }, {a});
  check_gradients([](const auto& in) { return reshape(t(in[0]), {6}); }, {a});
  check_gradients([](const auto& in) { return unsafe_view(mul(in[0], in[0]), {3, 1, 2}); }, {a});
  check_gradients([](const auto& in) { return clone(t(in[0])); }, {a});
  check_gradients([](const auto& in) { return contiguous(t(in[0])); }, {a});
}

TEST_CASE("view(dtype) reads the same bytes as another dtype, rescaling the last dim") {
  Tensor x = vec({1, -2, 0.5, 3});
  Tensor bits = view_dtype(x, DType::Int32);
  CHECK(bits.impl()->storage == x.impl()->storage);
  CHECK(values(bits) == std::vector<double>{1065353216, -1073741824, 1056964608, 1077936128});
  Tensor bytes = view_dtype(slice(iota({4, 6}), 0, 1, 4, 1), DType::UInt8);
  CHECK(bytes.shape() == Shape{3, 24});
  CHECK(bytes.strides() == Shape{24, 1});
  CHECK(bytes.impl()->offset == 24);
  Tensor wide = view_dtype(slice(iota({4, 6}), 1, 2, 4, 1), DType::Float64);
  CHECK(wide.shape() == Shape{4, 1});
  CHECK(wide.strides() == Shape{3, 1});
  CHECK(wide.impl()->offset == 1);
}

TEST_CASE("view(dtype) shares the version counter and carries no history") {
  Tensor x = vec({1, 2}, true);
  Tensor y = view_dtype(x, DType::Float32);
  CHECK_FALSE(y.requires_grad());
  add_(y, num(1));
  CHECK(*x.impl()->version == 1);
  CHECK(values(x) == std::vector<double>{2, 3});
}

TEST_CASE("view(dtype) errors are PyTorch's") {
  CHECK_THROWS_WITH(view_dtype(make({1}, {}), DType::Float64),
                    "self.dim() cannot be 0 to view Float as Double (different element sizes)");
  CHECK_THROWS_WITH(view_dtype(transpose(iota({2, 4}), 0, 1), DType::UInt8),
                    "self.stride(-1) must be 1 to view Float as Byte (different element sizes), but got 4");
  CHECK_THROWS_WITH(view_dtype(iota({2, 3}), DType::Float64),
                    "self.size(-1) must be divisible by 2 to view Float as Double (different element sizes), but got 3");
  CHECK_THROWS_WITH(view_dtype(slice(iota({4, 6}), 1, 1, 5, 1), DType::Float64),
                    "self.storage_offset() must be divisible by 2 to view Float as Double (different element sizes), "
                    "but got 1");
  CHECK_THROWS_WITH(view_dtype(slice(iota({4, 3}), 1, 0, 2, 1), DType::Float64),
                    "self.stride(0) must be divisible by 2 to view Float as Double (different element sizes), but got 3");
}

TEST_CASE("an output of chunk whose base was then changed in place is refused from then on, as in PyTorch") {
  Tensor x = make({1, 2, 3, 4}, {4}, DType::Float64, true);
  Tensor base = mul(x, num(1));
  std::vector<Tensor> halves = chunk(base, 2, 0);
  CHECK(name_of(halves[1]) == "SplitBackward0");
  fill_(select(base, 0, 0), 3.0);
  const char* refused =
      "Output 0 of SplitBackward0 is a view and its base or another view of its base has been modified inplace. "
      "This view is the output of a function that returns multiple views. Such functions do not allow the output "
      "views to be modified inplace. You should replace the inplace operation by an out-of-place one.";
  CHECK_THROWS_WITH(name_of(halves[0]), refused);
  CHECK_THROWS_WITH(mul(halves[0], num(2)), refused);
  // Pieces cut after the change are fine.
  CHECK(values(mul(chunk(base, 2, 0)[0], num(2))) == std::vector<double>{6, 4});
}
