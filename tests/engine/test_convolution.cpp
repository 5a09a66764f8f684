// convolution: conv1d/conv2d and their transposes, values as PyTorch's im2col + gemm gives
// them, PyTorch's error texts, and float64 finite-difference gradients for input, weight and
// bias over strides, padding, dilation and groups.
#include "helpers.h"

using namespace gb;
using namespace gb::test;

namespace {

ConvolutionOptions conv2d_options(int64_t stride, int64_t padding, int64_t dilation = 1, int64_t groups = 1) {
  return {{stride, stride}, {padding, padding}, {dilation, dilation}, {0, 0}, false, groups};
}

// Deterministic, non-integer test values: sin(i + seed).
Tensor wavy(const Shape& shape, double seed) {
  Tensor t = empty(shape, DType::Float64);
  for (int64_t i = 0; i < t.numel(); ++i) t.data<double>()[i] = std::sin(double(i) * 1.3 + seed);
  return t;
}

}  // namespace

TEST_CASE("conv2d slides each filter over the image and adds its bias") {
  Tensor x = iota({1, 1, 4, 4}, DType::Float64);
  Tensor w = make({1, 0, 0, -1, 0.5, 0.5, 0.5, 0.5}, {2, 1, 2, 2}, DType::Float64);
  Tensor b = make({1, 0}, {2}, DType::Float64);
  Tensor y = convolution(x, w, b, conv2d_options(1, 0));
  CHECK(y.shape() == Shape{1, 2, 3, 3});
  CHECK(values(y) == std::vector<double>{-4, -4, -4, -4, -4, -4, -4, -4, -4, 5, 7, 9, 13, 15, 17, 21, 23, 25});
  CHECK(y.grad_fn() == nullptr);
}

TEST_CASE("conv2d with stride and zero padding") {
  Tensor x = iota({1, 1, 4, 4}, DType::Float64);
  Tensor w = make({1, 0, 0, -1, 0.5, 0.5, 0.5, 0.5}, {2, 1, 2, 2}, DType::Float64);
  CHECK(values(convolution(x, w, Tensor{}, conv2d_options(2, 1))) ==
        std::vector<double>{0, -2, 0, -8, -5, 7, 0, 13, 15, 0, 1.5, 1.5, 6, 15, 9, 6, 13.5, 7.5});
}

TEST_CASE("conv_transpose2d spreads each input pixel over a kernel-sized patch") {
  Tensor x = make({1, 2, 3, 4}, {1, 1, 2, 2}, DType::Float64);
  Tensor w = make({1, 1, 1, 1}, {1, 1, 2, 2}, DType::Float64);
  ConvolutionOptions o{{2, 2}, {0, 0}, {1, 1}, {0, 0}, true, 1};
  CHECK(values(convolution(x, w, Tensor{}, o)) ==
        std::vector<double>{1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4});
}

TEST_CASE("convolution records ConvolutionBackward0") {
  Tensor x = iota({1, 1, 3, 3});
  Tensor w = make({1, 1, 1, 1}, {1, 1, 2, 2}, DType::Float32, true);
  CHECK(convolution(x, w, Tensor{}, conv2d_options(1, 0)).grad_fn()->name() == "ConvolutionBackward0");
}

TEST_CASE("conv2d gradients match finite differences") {
  SUBCASE("stride, padding, bias") {
    check_gradients([](const std::vector<Tensor>& t) { return convolution(t[0], t[1], t[2], conv2d_options(2, 1)); },
                    {wavy({2, 3, 5, 6}, 0), wavy({4, 3, 3, 2}, 1), wavy({4}, 2)});
  }
  SUBCASE("dilation and groups") {
    check_gradients(
        [](const std::vector<Tensor>& t) { return convolution(t[0], t[1], t[2], conv2d_options(1, 2, 2, 2)); },
        {wavy({2, 4, 5, 5}, 0), wavy({6, 2, 2, 3}, 1), wavy({6}, 2)});
  }
  SUBCASE("a stride that skips the last rows") {
    check_gradients([](const std::vector<Tensor>& t) { return convolution(t[0], t[1], Tensor{}, conv2d_options(3, 0)); },
                    {wavy({1, 2, 7, 8}, 0), wavy({3, 2, 2, 2}, 1)});
  }
}

TEST_CASE("conv1d gradients match finite differences") {
  ConvolutionOptions o{{2}, {1}, {2}, {0}, false, 1};
  check_gradients([&](const std::vector<Tensor>& t) { return convolution(t[0], t[1], t[2], o); },
                  {wavy({2, 3, 9}, 0), wavy({2, 3, 3}, 1), wavy({2}, 2)});
}

TEST_CASE("conv_transpose2d gradients match finite differences") {
  ConvolutionOptions o{{2, 1}, {1, 0}, {1, 2}, {1, 0}, true, 2};
  check_gradients([&](const std::vector<Tensor>& t) { return convolution(t[0], t[1], t[2], o); },
                  {wavy({2, 4, 3, 4}, 0), wavy({4, 3, 3, 2}, 1), wavy({6}, 2)});
}

TEST_CASE("convolution rejects bad arguments with PyTorch's messages") {
  Tensor w = wavy({6, 1, 5, 5}, 0);
  const Tensor none;
  CHECK_THROWS_WITH(convolution(wavy({1, 3, 8, 8}, 0), w, none, conv2d_options(1, 0)),
                    "Given groups=1, weight of size [6, 1, 5, 5], expected input[1, 3, 8, 8] to have 1 channels, but "
                    "got 3 channels instead");
  CHECK_THROWS_WITH(convolution(wavy({1, 1, 3, 3}, 0), w, none, conv2d_options(1, 0)),
                    "Calculated padded input size per channel: (3 x 3). Kernel size: (5 x 5). Kernel size can't be "
                    "greater than actual input size");
  CHECK_THROWS_WITH(convolution(wavy({1, 1, 8, 8}, 0), w, wavy({5}, 0), conv2d_options(1, 0)),
                    "Given weight of size [6, 1, 5, 5], expected bias to be 1-dimensional with 6 elements, but got "
                    "bias of size [5] instead");
  CHECK_THROWS_WITH(convolution(wavy({1, 6, 8, 8}, 0), wavy({6, 2, 3, 3}, 0), none, conv2d_options(1, 0, 1, 4)),
                    "Given groups=4, expected weight to be divisible by 4 at dimension 0, but got weight of size [[6, "
                    "2, 3, 3]] instead");
  CHECK_THROWS_WITH(convolution(wavy({1, 1, 8, 8}, 0), w, none, conv2d_options(0, 0)),
                    "non-positive stride is not supported");
  CHECK_THROWS_WITH(convolution(wavy({1, 1, 8, 8}, 0), w, none, conv2d_options(1, -1)),
                    "negative padding is not supported");
  CHECK_THROWS_WITH(convolution(wavy({1, 1, 8, 8}, 0), to_dtype(w, DType::Float32), none, conv2d_options(1, 0)),
                    "expected scalar type Double but found Float");
  CHECK_THROWS_WITH(convolution(wavy({1, 1, 8, 8}, 0), wavy({6, 1, 5}, 0), none, conv2d_options(1, 0)),
                    "expected stride to be a single integer value or a list of 1 values to match the convolution "
                    "dimensions, but got stride=[1, 1]");
}

TEST_CASE("a convolution without bias has PyTorch's three edges, the bias's None") {
  Tensor x = make({1, 2, 3, 4}, {1, 1, 2, 2}, DType::Float32, true), w = make({1}, {1, 1, 1, 1}, DType::Float32, true);
  Tensor y = convolution(x, w, Tensor{}, conv2d_options(1, 0));  // kept alive: it owns the node
  const auto& edges = y.grad_fn()->next_edges();
  REQUIRE(edges.size() == 3);
  CHECK(edges[2].node == nullptr);
}

TEST_CASE("convolution gradients taken with create_graph are ConvolutionBackwardBackward0, differentiable again") {
  Tensor x = wavy({1, 2, 4, 4}, 0), w = wavy({3, 2, 2, 2}, 1), b = wavy({3}, 2);
  for (Tensor* t : {&x, &w, &b}) t->impl()->requires_grad = true;
  Tensor y = convolution(x, w, b, conv2d_options(1, 0));
  for (const Tensor& g : grad({sum(mul(y, y))}, {}, {x, w, b}, true, false, true))
    CHECK(name_of(g) == "ConvolutionBackwardBackward0");
  // Squared, so that the incoming gradient depends on every input too.
  check_gradients([](const std::vector<Tensor>& t) {
    Tensor out = convolution(t[0], t[1], t[2], conv2d_options(2, 1));
    return mul(out, out);
  }, {wavy({1, 2, 5, 4}, 0), wavy({3, 2, 3, 2}, 1), wavy({3}, 2)});
  ConvolutionOptions transposed{{2, 1}, {1, 0}, {1, 1}, {1, 0}, true, 1};
  check_gradients([&](const std::vector<Tensor>& t) {
    Tensor out = convolution(t[0], t[1], Tensor{}, transposed);
    return mul(out, out);
  }, {wavy({1, 2, 3, 3}, 0), wavy({2, 3, 2, 2}, 1)});
}
