// constant_pad_nd and edge_pad (reflect, replicate): values, cropping by negative pads,
// PyTorch's error texts, grad_fn names, and float64 gradients of first and second order.
#include "helpers.h"

using namespace gb;
using namespace gb::test;

TEST_CASE("reflect mirrors without repeating the edge; replicate repeats it") {
  Tensor x = iota({1, 1, 4}, DType::Float64);
  CHECK(values(edge_pad(x, {2, 1}, EdgeMode::Reflect)) == std::vector<double>{2, 1, 0, 1, 2, 3, 2});
  CHECK(values(edge_pad(x, {2, 1}, EdgeMode::Replicate)) == std::vector<double>{0, 0, 0, 1, 2, 3, 3});
  CHECK(values(edge_pad(iota({1, 2, 3}, DType::Float64), {1, 1, 1, 0}, EdgeMode::Reflect)) ==
        std::vector<double>{4, 3, 4, 5, 4, 1, 0, 1, 2, 1, 4, 3, 4, 5, 4});
}

TEST_CASE("constant_pad_nd fills in the input's dtype and crops for negative pads") {
  Tensor out = constant_pad_nd(iota({2, 3}, DType::Int64), {1, -1, 0, 1}, 7.9);
  CHECK(out.dtype() == DType::Int64);
  CHECK(out.shape() == Shape{3, 3});
  CHECK(values(out) == std::vector<double>{7, 0, 1, 7, 3, 4, 7, 7, 7});
}

TEST_CASE("padding checks sizes and dtypes with PyTorch's messages") {
  Tensor x = iota({2, 3, 4});
  CHECK_THROWS_WITH(edge_pad(x, {4, 0}, EdgeMode::Reflect),
                    "Argument #4: Padding size should be less than the corresponding input dimension, but got: "
                    "padding (4, 0) at dimension 2 of input [2, 3, 4]");
  CHECK_THROWS_WITH(edge_pad(x, {-3, -2}, EdgeMode::Replicate), "input (W: 4) is too small. Calculated output W: -1");
  CHECK_THROWS_WITH(edge_pad(iota({2, 3, 4}, DType::Int64), {1, 1}, EdgeMode::Reflect),
                    "\"reflection_pad1d\" not implemented for 'Long'");
  CHECK_THROWS_WITH(constant_pad_nd(x, {-3, -2}, 0), "start (0) + length (-1) exceeds dimension size (1).");
}

TEST_CASE("padding records PyTorch's grad_fn names") {
  Tensor x = make({1, 2, 3, 4, 5, 6}, {1, 1, 2, 3}, DType::Float32, true);
  CHECK(name_of(constant_pad_nd(x, {1, 1}, 0)) == "ConstantPadNdBackward0");
  CHECK(name_of(edge_pad(reshape(x, {1, 2, 3}), {1, 1}, EdgeMode::Reflect)) == "ReflectionPad1DBackward0");
  CHECK(name_of(edge_pad(x, {1, 1, 1, 1}, EdgeMode::Replicate)) == "ReplicationPad2DBackward0");
  CHECK(name_of(edge_pad(unsqueeze(x, 0), {1, 1, 1, 1, 0, 0}, EdgeMode::Reflect)) == "ReflectionPad3DBackward0");
}

TEST_CASE("padding gradients match finite differences, second order too") {
  Tensor x = f64({0.3, -1.2, 0.7, 2.1, -0.4, 1.5, 0.9, -0.8, 0.2, 1.1, -1.7, 0.6}, {1, 2, 2, 3});
  for (EdgeMode mode : {EdgeMode::Reflect, EdgeMode::Replicate}) {
    check_gradients([mode](const std::vector<Tensor>& in) { return sin(edge_pad(in[0], {2, 1, 1, -1}, mode)); }, {x});
    check_gradients([mode](const std::vector<Tensor>& in) { return sin(edge_pad(reshape(in[0], {4, 3}), {1, 2}, mode)); },
                    {x});
  }
  check_gradients([](const std::vector<Tensor>& in) { return sin(constant_pad_nd(in[0], {1, -1, 2, 0}, 0.5)); }, {x});
}
