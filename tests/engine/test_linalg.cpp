// Matrix products: values for every layout, matmul's batching and broadcasting, PyTorch's
// graph shapes and node names, errors, and gradients.
#include "autograd/grad_mode.h"
#include "helpers.h"

using namespace gb;
using namespace gb::test;

namespace {
Tensor leaf(const Shape& shape) {
  Tensor t = iota(shape);
  t.impl()->requires_grad = true;
  return t;
}
// The graph behind a tensor, as PyTorch's grad_fn chain would print: Name(child, ...).
std::string graph(const std::shared_ptr<Node>& node) {
  if (!node) return "None";
  std::string s = node->name();
  if (node->next_edges().empty()) return s;
  s += "(";
  for (size_t i = 0; i < node->next_edges().size(); ++i) s += (i ? ", " : "") + graph(node->next_edges()[i].node);
  return s + ")";
}
std::string graph(const Tensor& t) { return graph(t.grad_fn()); }
}  // namespace

TEST_CASE("mm multiplies any layout, transposed operands included") {
  Tensor a = make({1, 2, 3, 4}, {2, 2}), b = make({0.5, -1, 2, 0}, {2, 2});
  CHECK(values(mm(a, b)) == std::vector<double>{4.5, -1, 9.5, -3});
  CHECK(values(mm(t(a), b)) == std::vector<double>{6.5, -1, 9, -2});
  CHECK(values(mm(a, t(b))) == std::vector<double>{-1.5, 2, -2.5, 6});
  CHECK(mm(zeros({0, 3}, DType::Float32), zeros({3, 2}, DType::Float32)).shape() == Shape{0, 2});
  CHECK(values(mm(ones({2, 0}, DType::Float32), ones({0, 2}, DType::Float32))) == std::vector<double>{0, 0, 0, 0});
}

TEST_CASE("integer products are exact and keep their dtype") {
  Tensor a = make({1, 2, 3, 4, 5, 6}, {2, 3}, DType::Int64), b = make({1, 0, 2}, {3}, DType::Int64);
  CHECK(mv(a, b).dtype() == DType::Int64);
  CHECK(values(mv(a, b)) == std::vector<double>{7, 16});
  CHECK(values(dot(b, b)) == std::vector<double>{5});
  CHECK(values(matmul(make({1, 2}, {1, 2}, DType::Int32), make({3, 4}, {2, 1}, DType::Int32))) == std::vector<double>{11});
}

TEST_CASE("mv, dot, bmm and outer") {
  Tensor m = make({1, 2, 3, 4}, {2, 2}), v = vec({1, 1});
  CHECK(values(mv(m, v)) == std::vector<double>{3, 7});
  CHECK(values(dot(vec({1, 2, 3}), vec({4, -5, 6}))) == std::vector<double>{12});
  CHECK(dot(vec({1}), vec({2})).shape() == Shape{});
  Tensor batch = bmm(iota({2, 2, 3}), iota({2, 3, 1}));
  CHECK(batch.shape() == Shape{2, 2, 1});
  CHECK(values(batch) == std::vector<double>{5, 14, 86, 122});
  CHECK(values(outer(vec({1, 2}), vec({3, 4, 5}))) == std::vector<double>{3, 4, 5, 6, 8, 10});
}

TEST_CASE("matmul follows PyTorch's rules for every combination of ranks") {
  CHECK(matmul(iota({3}), iota({3})).shape() == Shape{});
  CHECK(matmul(iota({2, 3}), iota({3})).shape() == Shape{2});
  CHECK(matmul(iota({3}), iota({3, 2})).shape() == Shape{2});
  CHECK(matmul(iota({5, 2, 3}), iota({3, 4})).shape() == Shape{5, 2, 4});
  CHECK(matmul(iota({5, 2, 3}), iota({3})).shape() == Shape{5, 2});
  CHECK(matmul(iota({2}), iota({5, 2, 3})).shape() == Shape{5, 3});
  CHECK(matmul(iota({4, 2}), iota({5, 2, 3})).shape() == Shape{5, 4, 3});
  CHECK(matmul(iota({1, 2, 3}), iota({5, 3, 4})).shape() == Shape{5, 2, 4});
  CHECK(matmul(iota({5, 1, 2, 3}), iota({4, 3, 1})).shape() == Shape{5, 4, 2, 1});
  CHECK(values(matmul(iota({3}), iota({3, 2}))) == std::vector<double>{10, 13});
  CHECK(values(matmul(iota({2}), iota({2, 2, 2}))) == std::vector<double>{2, 3, 6, 7});
  CHECK(matmul(iota({4, 2}), iota({5, 2, 3})).is_contiguous());
}

TEST_CASE("batched matmul equals one product per batch") {
  Tensor a = iota({2, 2, 3}), b = iota({3, 2});
  Tensor both = matmul(a, b);
  CHECK(values(select(both, 0, 1)) == values(mm(select(a, 0, 1), b)));
  Tensor c = matmul(iota({2, 1, 2, 3}), iota({4, 3, 2}));
  CHECK(values(select(select(c, 0, 1), 0, 3)) == values(mm(select(select(iota({2, 1, 2, 3}), 0, 1), 0, 0), select(iota({4, 3, 2}), 0, 3))));
}

TEST_CASE("matmul builds the graph PyTorch builds") {
  CHECK(graph(matmul(leaf({3}), leaf({3}))) == "DotBackward0(AccumulateGrad, AccumulateGrad)");
  CHECK(graph(matmul(leaf({2, 3}), leaf({3}))) == "MvBackward0(AccumulateGrad, AccumulateGrad)");
  CHECK(graph(matmul(leaf({3}), leaf({3, 2}))) == "SqueezeBackward3(MmBackward0(UnsqueezeBackward0(AccumulateGrad), AccumulateGrad))");
  CHECK(graph(matmul(leaf({5, 2, 3}), leaf({3, 4}))) == "UnsafeViewBackward0(MmBackward0(ReshapeAliasBackward0(AccumulateGrad), AccumulateGrad))");
  CHECK(graph(matmul(leaf({2}), leaf({5, 2, 3}))) ==
        "UnsafeViewBackward0(MvBackward0(UnsafeViewBackward0(CloneBackward0(TransposeBackward0(AccumulateGrad))), AccumulateGrad))");
  CHECK(graph(matmul(leaf({4, 2}), leaf({5, 2, 3}))) ==
        "CloneBackward0(TransposeBackward0(UnsafeViewBackward0(MmBackward0(UnsafeViewBackward0(CloneBackward0("
        "TransposeBackward0(AccumulateGrad))), TBackward0(AccumulateGrad)))))");
  CHECK(graph(matmul(leaf({5, 2, 3}), leaf({5, 3, 4}))) ==
        "UnsafeViewBackward0(BmmBackward0(ReshapeAliasBackward0(ExpandBackward0(AccumulateGrad)), "
        "ReshapeAliasBackward0(ExpandBackward0(AccumulateGrad))))");
  CHECK(graph(matmul(leaf({2, 5, 2, 3}), leaf({5, 3, 4}))) ==
        "UnsafeViewBackward0(BmmBackward0(ReshapeAliasBackward0(ExpandBackward0(AccumulateGrad)), "
        "UnsafeViewBackward0(CloneBackward0(ExpandBackward0(AccumulateGrad)))))");
  CHECK(graph(matmul(leaf({2, 3}), iota({3, 4}))) == "MmBackward0(AccumulateGrad, None)");
  CHECK(graph(outer(leaf({2}), leaf({3}))) == "MulBackward0(ReshapeAliasBackward0(AccumulateGrad), AccumulateGrad)");
}

TEST_CASE("product errors are PyTorch's") {
  Tensor f = ones({2, 3}, DType::Float32);
  CHECK_THROWS_WITH(matmul(f, f), "mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)");
  CHECK_THROWS_WITH(mm(ones({3}, DType::Float32), ones({3}, DType::Float32)), "self must be a matrix");
  CHECK_THROWS_WITH(mm(f, ones({3}, DType::Float32)), "mat2 must be a matrix");
  CHECK_THROWS_WITH(matmul(make({1, 2}, {2}, DType::Int64), ones({2, 1}, DType::Float32)), "expected scalar type Long but found Float");
  CHECK_THROWS_WITH(matmul(ones({3}, DType::Float32), ones({4}, DType::Float32)),
                    "inconsistent tensor size, expected tensor [3] and src [4] to have the same number of elements, but "
                    "got 3 and 4 elements respectively");
  CHECK_THROWS_WITH(dot(f, f), "1D tensors expected, but got 2D and 2D tensors");
  CHECK_THROWS_WITH(dot(ones({2}, DType::Float32), ones({2}, DType::Int64)),
                    "dot : expected both vectors to have same dtype, but found Float and Long");
  CHECK_THROWS_WITH(matmul(f, ones({2}, DType::Float32)), "size mismatch, got 2, 2x3,2");
  CHECK_THROWS_WITH(mv(ones({3}, DType::Float32), ones({3}, DType::Float32)), "vector + matrix @ vector expected, got 1, 1, 1");
  CHECK_THROWS_WITH(matmul(ones({5, 2, 3}, DType::Float32), ones({4, 3, 4}, DType::Float32)),
                    "The size of tensor a (5) must match the size of tensor b (4) at non-singleton dimension 0");
  CHECK_THROWS_WITH(bmm(ones({2, 2, 3}, DType::Float32), ones({2, 4, 4}, DType::Float32)),
                    "Expected size for first two dimensions of batch2 tensor to be: [2, 3] but got: [2, 4].");
  CHECK_THROWS_WITH(bmm(f, f), "batch1 must be a 3D tensor");
  CHECK_THROWS_WITH(matmul(make({1}, {}), f), "both arguments to matmul need to be at least 1D, but they are 0D and 2D");
  CHECK_THROWS_WITH(mm(ones({2, 2}, DType::Bool), ones({2, 2}, DType::Bool)), "\"addmm_impl_cpu_\" not implemented for 'Bool'");
  CHECK_THROWS_WITH(outer(f, ones({2}, DType::Float32)), "outer: Expected 1-D argument self, but got 2-D");
}

TEST_CASE("gradients of products match finite differences, broadcast batches included") {
  Tensor m23 = f64({1, -2, 3, 0.5, 5, -1}, {2, 3}), m32 = f64({2, 1, -1, 3, 0.5, 4}, {3, 2});
  Tensor v3 = f64({1, 2, -3}, {3}), v2 = f64({-1, 2}, {2});
  auto mat = [](const auto& in) { return matmul(in[0], in[1]); };
  check_gradients(mat, {v3, v3});
  check_gradients(mat, {m23, v3});
  check_gradients(mat, {v2, m23});
  check_gradients(mat, {m23, m32});
  check_gradients([](const auto& in) { return matmul(t(in[0]), t(in[1])); }, {m32, m23});
  check_gradients(mat, {f64({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, {2, 2, 3}), m32});
  check_gradients(mat, {v2, f64({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, {2, 2, 3})});
  check_gradients(mat, {f64({1, 2, 3, 4}, {2, 2}), f64({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, {2, 2, 3})});
  check_gradients(mat, {f64({1, 2, 3, 4, 5, 6}, {1, 2, 3}), f64({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, {2, 3, 2})});
  check_gradients(mat, {f64({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, {2, 1, 2, 3}), f64({1, -1, 2, 0, 3, 1}, {1, 3, 2})});
  check_gradients([](const auto& in) { return bmm(in[0], in[1]); },
                  {f64({1, 2, 3, 4, 5, 6, 7, 8}, {2, 2, 2}), f64({1, 0, -1, 2, 3, 1, 0, 2}, {2, 2, 2})});
  check_gradients([](const auto& in) { return outer(in[0], in[1]); }, {v2, v3});
}

TEST_CASE("an operand no gradient needs may change in place after the product") {
  Tensor x = make({1, 2, 3, 4}, {2, 2}, DType::Float32, true);
  Tensor w = vec({1, 2});
  Tensor y = matmul(x, w);
  {
    GradModeGuard no_grad(false);
    add_(x, wrapped_scalar(1, DType::Int64));
  }
  backward({sum(y)}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{1, 2, 1, 2});
  y = matmul(x, w);
  add_(w, wrapped_scalar(1, DType::Int64));
  CHECK_THROWS_WITH(backward({sum(y)}, {}, false), doctest::Contains("[torch.FloatTensor [2]] is at version 1; expected version 0"));
}

TEST_CASE("mm, mv and dot gradients match finite differences, transposed operands included") {
  Tensor m23 = f64({1, -2, 3, 0.5, 5, -1}, {2, 3}), m34 = f64({2, 1, -1, 3, 0.5, 4, 1, -2, 0.25, 3, -1, 2}, {3, 4});
  Tensor v3 = f64({1, 2, -3}, {3}), w3 = f64({-0.5, 4, 1.5}, {3});
  check_gradients([](const auto& in) { return mm(in[0], in[1]); }, {m23, m34});
  check_gradients([](const auto& in) { return mm(t(in[0]), in[1]); }, {f64({1, -2, 3, 0.5, 5, -1}, {3, 2}), m34});
  check_gradients([](const auto& in) { return mv(in[0], in[1]); }, {m23, v3});
  check_gradients([](const auto& in) { return mv(t(in[0]), in[1]); }, {m34, v3});
  check_gradients([](const auto& in) { return dot(in[0], in[1]); }, {v3, w3});
}
