// The printed form follows PyTorch 1.13 character for character.
#include "helpers.h"

using namespace gb;
using gb::test::make;
using gb::test::vec;

TEST_CASE("whole-valued floats print in integer mode with a trailing dot") {
  CHECK(format_tensor(vec({1, 2, 3})) == "tensor([1., 2., 3.])");
  CHECK(format_tensor(vec({-1, 2, 10})) == "tensor([-1.,  2., 10.])");
}

TEST_CASE("fractional floats print with four decimals") {
  CHECK(format_tensor(vec({1.0, 2.5})) == "tensor([1.0000, 2.5000])");
  CHECK(format_tensor(make({3.14159}, {})) == "tensor(3.1416)");
}

TEST_CASE("a wide range of magnitudes switches to scientific notation") {
  CHECK(format_tensor(vec({1.0, 1001.0})) == "tensor([1.0000e+00, 1.0010e+03])");
  CHECK(format_tensor(vec({1.0, 1000.0})) == "tensor([   1., 1000.])");
  CHECK(format_tensor(vec({0.0, 1e-5})) == "tensor([0.0000e+00, 1.0000e-05])");
}

TEST_CASE("binary ties round to even as Python's format does") {
  CHECK(format_tensor(vec({0.5, 0.25, 0.125, 0.0625, 0.03125})) == "tensor([0.5000, 0.2500, 0.1250, 0.0625, 0.0312])");
}

TEST_CASE("nan, inf and negative zero keep their own spelling") {
  CHECK(format_tensor(vec({NAN, INFINITY, -INFINITY, 1.5})) == "tensor([   nan,    inf,   -inf, 1.5000])");
  CHECK(format_tensor(vec({-0.0, 1.0})) == "tensor([-0., 1.])");
}

TEST_CASE("integer and bool tensors align to the widest element") {
  CHECK(format_tensor(make({-1, 10, 100}, {3}, DType::Int64)) == "tensor([ -1,  10, 100])");
  CHECK(format_tensor(make({1, 0, 1}, {3}, DType::Bool)) == "tensor([ True, False,  True])");
  CHECK(format_tensor(make({1, 2}, {2}, DType::Int32)) == "tensor([1, 2], dtype=torch.int32)");
}

TEST_CASE("matrices line up under the opening bracket") {
  CHECK(format_tensor(make({1.0, 2.5, -3.0, 4.0}, {2, 2})) ==
        "tensor([[ 1.0000,  2.5000],\n"
        "        [-3.0000,  4.0000]])");
  CHECK(format_tensor(make({0, 1, 2, 3, 4, 5, 6, 7}, {2, 2, 2}, DType::Int64)) ==
        "tensor([[[0, 1],\n"
        "         [2, 3]],\n"
        "\n"
        "        [[4, 5],\n"
        "         [6, 7]]])");
}

TEST_CASE("long rows wrap at 80 columns") {
  std::vector<double> v(30);
  for (int i = 0; i < 30; ++i) v[size_t(i)] = i;
  CHECK(format_tensor(vec(v)) ==
        "tensor([ 0.,  1.,  2.,  3.,  4.,  5.,  6.,  7.,  8.,  9., 10., 11., 12., 13.,\n"
        "        14., 15., 16., 17., 18., 19., 20., 21., 22., 23., 24., 25., 26., 27.,\n"
        "        28., 29.])");
}

TEST_CASE("more than 1000 elements are summarized to the edges") {
  std::vector<double> v(2000);
  for (int i = 0; i < 2000; ++i) v[size_t(i)] = i;
  CHECK(format_tensor(make(v, {2000}, DType::Int64)) == "tensor([   0,    1,    2,  ..., 1997, 1998, 1999])");
  CHECK(format_tensor(ones({3, 500}, DType::Float32)) ==
        "tensor([[1., 1., 1.,  ..., 1., 1., 1.],\n"
        "        [1., 1., 1.,  ..., 1., 1., 1.],\n"
        "        [1., 1., 1.,  ..., 1., 1., 1.]])");
}

TEST_CASE("empty tensors show their size and non-default dtype") {
  CHECK(format_tensor(empty({0}, DType::Float32)) == "tensor([])");
  CHECK(format_tensor(empty({0, 3}, DType::Float32)) == "tensor([], size=(0, 3))");
  CHECK(format_tensor(empty({0}, DType::Int64)) == "tensor([], dtype=torch.int64)");
}

TEST_CASE("autograd suffixes: requires_grad on leaves, grad_fn on results") {
  Tensor x = vec({1, 2}, true);
  CHECK(format_tensor(x) == "tensor([1., 2.], requires_grad=True)");
  CHECK(format_tensor(mul(x, wrapped_scalar(2, DType::Int64))) == "tensor([2., 4.], grad_fn=<MulBackward0>)");
}

TEST_CASE("a suffix that would pass 80 columns moves to its own line") {
  CHECK(format_tensor(make(std::vector<double>(12, 0.0), {12}, DType::Float32, true)) ==
        "tensor([0., 0., 0., 0., 0., 0., 0., 0., 0., 0., 0., 0.], requires_grad=True)");
  CHECK(format_tensor(make(std::vector<double>(13, 0.0), {13}, DType::Float32, true)) ==
        "tensor([0., 0., 0., 0., 0., 0., 0., 0., 0., 0., 0., 0., 0.],\n"
        "       requires_grad=True)");
}
