// softmax, log_softmax and leaky_relu: PyTorch's float32 results (recorded from PyTorch 1.13 as
// bit patterns), finite-difference gradients in float64, and PyTorch's vectorised exp/log.

#include "helpers.h"
#include "kernels/vector_math.h"

using namespace gb;
using namespace gb::test;

namespace {
const std::vector<double> kRow = {0.3, -1.2, 2.5, 0.7, -0.4, 1.9, 0.05, -2.2, 1.1, 0.6};
}  // namespace

TEST_CASE("softmax along the last dim rounds as PyTorch's lane-parallel kernel") {
  std::vector<double> data = kRow;
  data.insert(data.end(), 10, 1.0);
  Tensor x = make(data, {2, 10});
  CHECK(float_bits(softmax(x, 1)) ==
        std::vector<uint32_t>{0x3d3d671c, 0x3c290bbf, 0x3ed5ab9a, 0x3d8d4722, 0x3cbc1bf8, 0x3e6a878e, 0x3d1381cc,
                              0x3b78c10a, 0x3dd2c307, 0x3d7faac0, 0x3dcccccd, 0x3dcccccd, 0x3dcccccd, 0x3dcccccd,
                              0x3dcccccd, 0x3dcccccd, 0x3dcccccd, 0x3dcccccd, 0x3dcccccd, 0x3dcccccd});
  CHECK(float_bits(log_softmax(x, -1)) ==
        std::vector<uint32_t>{0xc044ba9f, 0xc0925d50, 0xbf5fb748, 0xc02b2105, 0xc071876c, 0xbfbca871, 0xc054ba9f,
                              0xc0b25d4f, 0xc011876c, 0xc031876c, 0xc0135d8e, 0xc0135d8e, 0xc0135d8e, 0xc0135d8e,
                              0xc0135d8e, 0xc0135d8e, 0xc0135d8e, 0xc0135d8e, 0xc0135d8e, 0xc0135d8e});
}

TEST_CASE("softmax along a leading dim normalises each column") {
  Tensor y = make({0.3, -1.2, 2.5, 0.7, -0.4, 1.9, 0.05, -2.2, 1.1}, {3, 3});
  CHECK(float_bits(softmax(y, 0)) == std::vector<uint32_t>{0x3e9c8b83, 0x3e8e7b8d, 0x3f0e95ff, 0x3ee989a4, 0x3f1e8ceb,
                                                        0x3e9c8171, 0x3e73d5af, 0x3dd1aa6c, 0x3e0ca521});
  CHECK(float_bits(log_softmax(y, 0)) == std::vector<uint32_t>{0xbf97ad77, 0xbfa3b9b3, 0xbf15d1ce, 0xbf48f488, 0xbef54d2f,
                                                            0xbf97b5b4, 0xbfb7ad77, 0xc011dcd9, 0xbffe1c1a});
}

TEST_CASE("softmax over the first dim of an [n, 1] tensor is column-wise, as in PyTorch") {
  const std::vector<double> x = {4.622988224029541, -0.880286693572998, -6.536368370056152, 1.7052937746047974,
                                 -3.2535672187805176};
  CHECK(float_bits(softmax(make(x, {5, 1}), 0)) ==
        std::vector<uint32_t>{0x3f71d88c, 0x3b7c31f6, 0x3761b882, 0x3d512e11, 0x39bbfc42});
  CHECK(float_bits(softmax(make(x, {5}), 0)) ==
        std::vector<uint32_t>{0x3f71d88c, 0x3b7c31f5, 0x3761b881, 0x3d512e11, 0x39bbfc42});
}

TEST_CASE("softmax subtracts the max, so large inputs do not overflow") {
  Tensor x = vec({1000, 1001, 1002});
  CHECK(float_bits(softmax(x, 0)) == std::vector<uint32_t>{0x3db861f3, 0x3e7a9a1a, 0x3f2a4d3b});
  CHECK(float_bits(log_softmax(x, 0)) == std::vector<uint32_t>{0xc01a1637, 0xbfb42c6e, 0xbed0b1ba});
}

TEST_CASE("softmax of an integer tensor is PyTorch's dispatch error") {
  Tensor i = make({1, 2}, {2}, DType::Int64);
  CHECK_THROWS_WITH(softmax(i, 0), "\"softmax_lastdim_kernel_impl\" not implemented for 'Long'");
  CHECK_THROWS_WITH(log_softmax(make({1, 2}, {1, 2}, DType::Int64), 0),
                    "\"softmax_kernel_impl\" not implemented for 'Long'");
}

TEST_CASE("softmax and log_softmax record their backward nodes") {
  Tensor x = vec({1, 2}, true);
  CHECK(softmax(x, 0).grad_fn()->name() == "SoftmaxBackward0");
  CHECK(log_softmax(x, 0).grad_fn()->name() == "LogSoftmaxBackward0");
  CHECK(leaky_relu(x, 0.1).grad_fn()->name() == "LeakyReluBackward0");
}

TEST_CASE("gradients of softmax and log_softmax agree with finite differences, along every dim") {
  Tensor a = f64({0.3, -1.2, 2.5, 0.7, -0.4, 1.9, 0.05, -2.2, 1.1, 0.6, 1.5, -0.3}, {2, 3, 2});
  for (int64_t dim : {0, 1, 2}) {
    check_gradients([dim](auto& in) { return softmax(in[0], dim); }, {a});
    check_gradients([dim](auto& in) { return log_softmax(in[0], dim); }, {a});
  }
  Tensor row = f64(kRow, {10});  // longer than a SIMD register
  check_gradients([](auto& in) { return softmax(in[0], 0); }, {row});
  check_gradients([](auto& in) { return log_softmax(in[0], 0); }, {row});
}

TEST_CASE("leaky_relu scales negatives by the slope, also in backward") {
  Tensor x = vec({-1, 0, 2});
  CHECK(values(leaky_relu(x, 0.5)) == std::vector<double>{-0.5, 0, 2});
  check_gradients([](auto& in) { return leaky_relu(in[0], 0.1); }, {f64({-1.5, 0.25, 2.0}, {3})});
}

TEST_CASE("vectorised exp and log round as PyTorch's CPU kernels do") {
  CHECK(float_to_bits(vecmath::exp(0.5f)) == 0x3fd3094c);
  CHECK(float_to_bits(vecmath::exp(-3.25f)) == 0x3d1ed1b4);
  CHECK(float_to_bits(vecmath::exp(10.0f)) == 0x46ac14ee);
  CHECK(float_to_bits(vecmath::exp(-87.0f)) == 0x00b33687);
  CHECK(float_to_bits(vecmath::exp(1e-3f)) == 0x3f8020c9);
  CHECK(float_to_bits(vecmath::log(0.5f)) == 0xbf317218);
  CHECK(float_to_bits(vecmath::log(3.25f)) == 0x3f96de2b);
  CHECK(float_to_bits(vecmath::log(1e-30f)) == 0xc28a27b5);
  CHECK(vecmath::exp(-200.0f) == 0.0f);
  CHECK(std::isinf(vecmath::exp(200.0f)));
  CHECK(std::isinf(vecmath::log(0.0f)));
  CHECK(std::isnan(vecmath::log(-1.0f)));
}
