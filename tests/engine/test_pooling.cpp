// max_pool2d, avg_pool2d, adaptive_avg_pool2d: window values and indices, padding and
// ceil_mode, PyTorch's error texts, and float64 finite-difference gradients.
#include "helpers.h"

using namespace gb;
using namespace gb::test;

namespace {

PoolOptions pool(int64_t kernel, int64_t stride, int64_t padding = 0, bool ceil_mode = false, int64_t dilation = 1) {
  return {{kernel, kernel}, {stride, stride}, {padding, padding}, {dilation, dilation}, ceil_mode};
}

Tensor wavy(const Shape& shape, double seed) {
  Tensor t = empty(shape, DType::Float64);
  for (int64_t i = 0; i < t.numel(); ++i) t.data<double>()[i] = std::sin(double(i) * 1.3 + seed);
  return t;
}

}  // namespace

TEST_CASE("max_pool2d keeps each window's largest value and its index in the plane") {
  auto [values_, indices] = max_pool2d_with_indices(iota({1, 1, 4, 4}, DType::Float64), pool(2, 2));
  CHECK(values(values_) == std::vector<double>{5, 7, 13, 15});
  CHECK(values(indices) == std::vector<double>{5, 7, 13, 15});
  CHECK(indices.dtype() == DType::Int64);
}

TEST_CASE("max_pool2d lets nan win its window") {
  Tensor x = make({1, std::nan(""), 3, 2}, {1, 2, 2});
  auto [v, i] = max_pool2d_with_indices(x, pool(2, 2));
  CHECK(std::isnan(values(v)[0]));
  CHECK(values(i) == std::vector<double>{1});
}

TEST_CASE("max_pool2d keeps the first of equal largest values, and a nan after them") {
  auto [v, i] = max_pool2d_with_indices(make({1, 2, 2, 2, 2, 2, 2, std::nan("")}, {2, 2, 2}), pool(2, 2));
  CHECK(values(i) == std::vector<double>{1, 3});
  CHECK(std::isnan(values(v)[1]));
}

TEST_CASE("ceil_mode keeps a last window that starts inside the input") {
  auto [v, i] = max_pool2d_with_indices(iota({1, 5, 5}, DType::Float64), pool(2, 2, 0, true));
  CHECK(v.shape() == Shape{1, 3, 3});
  CHECK(values(v) == std::vector<double>{6, 8, 9, 16, 18, 19, 21, 23, 24});
}

TEST_CASE("avg_pool2d divides by the padded window, or by the cells inside the image") {
  Tensor x = iota({1, 1, 4, 4}, DType::Float64);
  CHECK(values(avg_pool2d(x, pool(3, 2, 1), {true, {}})) ==
        std::vector<double>{1.1111111111111112, 2.6666666666666665, 5.666666666666667, 10.0});
  CHECK(values(avg_pool2d(x, pool(3, 2, 1), {false, {}})) == std::vector<double>{2.5, 4.0, 8.5, 10.0});
  CHECK(values(avg_pool2d(x, pool(2, 2), {true, 2})) == std::vector<double>{5, 9, 21, 25});
}

TEST_CASE("adaptive_avg_pool2d averages PyTorch's overlapping windows") {
  CHECK(values(adaptive_avg_pool2d(iota({1, 1, 4, 4}, DType::Float64), {3, 3})) ==
        std::vector<double>{2.5, 3.5, 4.5, 6.5, 7.5, 8.5, 10.5, 11.5, 12.5});
}

TEST_CASE("pooling records PyTorch's grad_fn names") {
  Tensor x = make({1, 2, 3, 4}, {1, 2, 2}, DType::Float32, true);
  CHECK(max_pool2d_with_indices(x, pool(2, 2)).first.grad_fn()->name() == "MaxPool2DWithIndicesBackward0");
  CHECK(avg_pool2d(x, pool(2, 2), {}).grad_fn()->name() == "AvgPool2DBackward0");
  CHECK(adaptive_avg_pool2d(x, {1, 1}).grad_fn()->name() == "AdaptiveAvgPool2DBackward0");
}

TEST_CASE("pooling gradients match finite differences") {
  SUBCASE("max_pool2d with padding, dilation and ceil_mode") {
    check_gradients([](const std::vector<Tensor>& t) { return max_pool2d_with_indices(t[0], pool(3, 2, 1, true, 1)).first; },
                    {wavy({2, 2, 7, 6}, 0)});
    check_gradients([](const std::vector<Tensor>& t) { return max_pool2d_with_indices(t[0], pool(2, 1, 0, false, 2)).first; },
                    {wavy({1, 2, 5, 5}, 1)});
  }
  SUBCASE("avg_pool2d, with and without the padding counted") {
    for (bool count_pad : {true, false})
      check_gradients([&](const std::vector<Tensor>& t) { return avg_pool2d(t[0], pool(3, 2, 1, true), {count_pad, {}}); },
                      {wavy({2, 2, 6, 7}, 0)});
  }
  SUBCASE("adaptive_avg_pool2d") {
    check_gradients([](const std::vector<Tensor>& t) { return adaptive_avg_pool2d(t[0], {3, 2}); },
                    {wavy({2, 1, 7, 5}, 0)});
  }
}

TEST_CASE("max_pool2d's gradient is scatter_add of the gradients at the indices, bit for bit") {
  // Overlapping windows pick some inputs more than once: their gradients add up in output order.
  Tensor x = to_dtype(wavy({2, 3, 7, 6}, 0.5), DType::Float32);
  x.impl()->requires_grad = true;
  auto [y, at] = max_pool2d_with_indices(x, pool(3, 1, 1));
  Tensor g = to_dtype(wavy(y.shape(), 2.0), DType::Float32);
  backward({y}, {g}, false);
  const Tensor expected = scatter_add(zeros({6, 42}, DType::Float32), 1, reshape(at, {6, -1}), reshape(g, {6, -1}));
  CHECK(float_bits(grad_of(x)) == float_bits(expected));
}

TEST_CASE("pooling rejects bad arguments with PyTorch's messages") {
  Tensor x = wavy({1, 1, 4, 4}, 0);
  CHECK_THROWS_WITH(max_pool2d_with_indices(x, pool(5, 5)),
                    "Given input size: (1x4x4). Calculated output size: (1x0x0). Output size is too small");
  CHECK_THROWS_WITH(max_pool2d_with_indices(x, pool(2, 2, 2)),
                    "pad should be at most half of kernel size, but got pad=2 and kernel_size=2");
  CHECK_THROWS_WITH(max_pool2d_with_indices(wavy({4, 4}, 0), pool(2, 2)),
                    "non-empty 3D or 4D (batch mode) tensor expected for input");
  CHECK_THROWS_WITH(max_pool2d_with_indices(to_dtype(x, DType::Int64), pool(2, 2)),
                    "\"max_pool2d\" not implemented for 'Long'");
  CHECK_THROWS_WITH(avg_pool2d(x, pool(2, 0), {}), "stride should not be zero");
  CHECK_THROWS_WITH(avg_pool2d(x, pool(2, 2), {true, 0}), "divisor must be not zero");
}

TEST_CASE("adaptive_max_pool2d keeps each adaptive window's first largest value and its index") {
  auto [v, i] = adaptive_max_pool2d(make({1, 5, 2, 4, 3, 6}, {1, 2, 3}), {1, 2});
  CHECK(values(v) == std::vector<double>{5, 6});
  CHECK(values(i) == std::vector<double>{1, 5});
  CHECK(v.grad_fn() == nullptr);
  CHECK_THROWS_WITH(adaptive_max_pool2d(iota({2, 3}), {1, 1}), "adaptive_max_pool2d(): Expected 3D or 4D tensor, but got: [2, 3]");
}

TEST_CASE("adaptive_max_pool2d's gradient goes to each window's max, second order too") {
  CHECK(name_of(adaptive_max_pool2d(make({1, 2, 3, 4}, {1, 2, 2}, DType::Float32, true), {1, 1}).first) ==
        "AdaptiveMaxPool2DBackward0");
  check_gradients([](const std::vector<Tensor>& in) { return sin(adaptive_max_pool2d(in[0], {2, 3}).first); },
                  {wavy({1, 2, 3, 5}, 0.4)});
}

TEST_CASE("pooling gradients taken with create_graph are PyTorch's double-backward ops, differentiable again") {
  auto gradient_node = [](auto pool_of) {
    Tensor x = make({1, 5, 2, 8, 3, 7, 4, 6, 0}, {1, 3, 3}, DType::Float64, true);
    Tensor y = pool_of(x);
    return name_of(grad({sum(mul(y, y))}, {}, {x}, true, false, true)[0]);
  };
  CHECK(gradient_node([](const Tensor& x) { return max_pool2d_with_indices(x, pool(2, 1)).first; }) ==
        "MaxPool2DWithIndicesBackwardBackward0");
  CHECK(gradient_node([](const Tensor& x) { return avg_pool2d(x, pool(2, 1), {true, {}}); }) == "AvgPool2DBackwardBackward0");
  CHECK(gradient_node([](const Tensor& x) { return adaptive_avg_pool2d(x, {2, 2}); }) ==
        "AdaptiveAvgPool2DBackwardBackward0");
  CHECK(gradient_node([](const Tensor& x) { return adaptive_max_pool2d(x, {2, 2}).first; }) ==
        "AdaptiveMaxPool2DBackwardBackward0");
  // Squared outputs: the incoming gradient depends on x, so d/dgrad of each op is checked.
  Tensor x = make({0.3, 1.7, -0.4, 2.2, 0.9, -1.3, 0.5, 1.1, -0.8, 2.6, 0.1, -2.1, 1.4, 0.7, -0.2, 1.9}, {1, 4, 4},
                  DType::Float64);
  check_gradients([](const std::vector<Tensor>& t) {
    Tensor y = max_pool2d_with_indices(t[0], pool(2, 1)).first;
    return mul(y, y);
  }, {x});
  check_gradients([](const std::vector<Tensor>& t) {
    Tensor y = avg_pool2d(t[0], pool(3, 2, 1, true), {false, {}});
    return mul(y, y);
  }, {x});
  check_gradients([](const std::vector<Tensor>& t) {
    Tensor y = adaptive_avg_pool2d(t[0], {3, 2});
    return mul(y, y);
  }, {x});
}
