// pixel_shuffle and pixel_unshuffle: the channel-to-space layout, each other's inverse, errors,
// grad_fn names, and float64 gradients of first and second order.
#include "helpers.h"

using namespace gb;
using namespace gb::test;

TEST_CASE("pixel_shuffle moves channel i·r + j of each group to offset (i, j); unshuffle undoes it") {
  Tensor x = iota({1, 4, 1, 2}, DType::Int64);
  Tensor y = pixel_shuffle(x, 2);
  CHECK(y.shape() == Shape{1, 1, 2, 4});
  CHECK(values(y) == std::vector<double>{0, 2, 1, 3, 4, 6, 5, 7});
  CHECK(values(pixel_unshuffle(y, 2)) == values(x));
}

TEST_CASE("pixel_shuffle checks ranks, factors and divisibility with PyTorch's messages") {
  CHECK_THROWS_WITH(pixel_shuffle(iota({4, 2}), 2),
                    "pixel_shuffle expects input to have at least 3 dimensions, but got input with 2 dimension(s)");
  CHECK_THROWS_WITH(pixel_shuffle(iota({5, 2, 2}), 2),
                    "pixel_shuffle expects its input's 'channel' dimension to be divisible by the square of "
                    "upscale_factor, but input.size(-3)=5 is not divisible by 4");
  CHECK_THROWS_WITH(pixel_unshuffle(iota({1, 3, 4}), 2),
                    "pixel_unshuffle expects height to be divisible by downscale_factor, but input.size(-2)=3 is not "
                    "divisible by 2");
}

TEST_CASE("pixel_shuffle gradients match finite differences, second order too") {
  Tensor x = make({0.3, -1.2, 0.7, 2.1, -0.4, 1.5, 0.9, -0.8}, {2, 4, 1, 1}, DType::Float64);
  check_gradients([](const std::vector<Tensor>& in) { return sin(pixel_shuffle(in[0], 2)); }, {x});
  check_gradients([](const std::vector<Tensor>& in) { return sin(pixel_unshuffle(in[0], 2)); }, {make(values(x), {2, 2, 2}, DType::Float64)});
  CHECK(name_of(pixel_shuffle(make({1, 2, 3, 4}, {4, 1, 1}, DType::Float32, true), 2)) == "PixelShuffleBackward0");
}
