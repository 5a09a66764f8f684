// im2col and col2im (unfold and fold): block layout, overlaps added, errors, grad_fn names,
// and float64 gradients of first and second order.
#include "helpers.h"

using namespace gb;
using namespace gb::test;

namespace {

BlockOptions blocks(int64_t kernel, int64_t dilation = 1, int64_t padding = 0, int64_t stride = 1) {
  return {{kernel, kernel}, {dilation, dilation}, {padding, padding}, {stride, stride}};
}

}  // namespace

TEST_CASE("im2col lays each block out as a column; col2im adds overlapping blocks back") {
  CHECK(values(im2col(iota({1, 1, 3, 3}, DType::Float64), blocks(2))) ==
        std::vector<double>{0, 1, 3, 4, 1, 2, 4, 5, 3, 4, 6, 7, 4, 5, 7, 8});
  Tensor ones = full({1, 4, 4}, 1, DType::Float64);
  CHECK(values(col2im(ones, {3, 3}, blocks(2))) == std::vector<double>{1, 2, 1, 2, 4, 2, 1, 2, 1});
}

TEST_CASE("im2col and col2im check their arguments with PyTorch's messages") {
  CHECK_THROWS_WITH(im2col(iota({1, 1, 4, 4}), blocks(6)),
                    "Given input with spatial size (4, 4), kernel_size=(6, 6), dilation=(1, 1), padding=(0, 0), "
                    "calculated shape of the array of sliding blocks as (-1, -1), but its components must be at "
                    "least one.");
  CHECK_THROWS_WITH(im2col(iota({4, 4}), blocks(2)),
                    "Dimension out of range (expected to be in range of [-2, 1], but got 2)");
  CHECK_THROWS_WITH(col2im(iota({1, 5, 12}), {4, 5}, blocks(2)),
                    "Expected size of input's dimension 1 to be divisible by the product of kernel_size, but got "
                    "input.size(1)=5 and kernel_size=(2, 2).");
  CHECK_THROWS_WITH(col2im(iota({1, 4, 4}, DType::Int64), {3, 3}, blocks(2)),
                    "\"col2im_out_cpu\" not implemented for 'Long'");
}

TEST_CASE("im2col and col2im record PyTorch's grad_fn names") {
  Tensor x = make({1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 1, 3, 3}, DType::Float32, true);
  Tensor columns = im2col(x, blocks(2));
  CHECK(name_of(columns) == "Im2ColBackward0");
  CHECK(name_of(col2im(columns, {3, 3}, blocks(2))) == "Col2ImBackward0");
}

TEST_CASE("im2col and col2im gradients match finite differences, second order too") {
  Tensor x = f64({0.3, -1.2, 0.7, 2.1, -0.4, 1.5, 0.9, -0.8, 0.2, 1.1, -1.7, 0.6}, {1, 1, 3, 4});
  check_gradients([](const std::vector<Tensor>& in) { return sin(im2col(in[0], blocks(2, 1, 1, 2))); }, {x});
  check_gradients([](const std::vector<Tensor>& in) { return sin(im2col(in[0], blocks(2, 2, 1, 1))); }, {x});
  Tensor columns = f64({0.3, -1.2, 0.7, 2.1, -0.4, 1.5, 0.9, -0.8, 0.2, 1.1, -1.7, 0.6, 0.4, 0.8, -0.3, 1.9}, {1, 4, 4});
  check_gradients([](const std::vector<Tensor>& in) { return sin(col2im(in[0], {3, 3}, blocks(2))); }, {columns});
}
