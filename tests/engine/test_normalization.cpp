// Normalisation layers: batch_norm, layer_norm and group_norm give PyTorch 1.13's float32 bits
// (the expected bits were printed by PyTorch's CPU kernels), update batch norm's running
// statistics as it does, and have first and second derivatives that match float64 finite
// differences; PyTorch's errors.
#include <cmath>
#include <tuple>

#include "helpers.h"
#include "ops/normalization.h"
#include "tensor/error.h"

using namespace gb;
using namespace gb::test;

namespace {
// ((i·a) mod m) − s + i/100, rounded to 4 decimals: uneven values with no simple statistics.
std::vector<double> uneven(int64_t n, double a = 0.37, double m = 2.3, double s = 1.1) {
  std::vector<double> v;
  for (int64_t i = 0; i < n; ++i) v.push_back(std::round((std::fmod(double(i) * a, m) - s + 0.01 * double(i)) * 1e4) / 1e4);
  return v;
}
Tensor weight() { return vec({0.5, -1.25, 2.0}); }
Tensor bias() { return vec({0.1, 0.2, -0.3}); }
Tensor f64s(const std::vector<double>& v, const Shape& shape) { return f64(v, shape); }
}  // namespace

TEST_CASE("batch_norm of a [N, C] batch: PyTorch's bits, and running statistics blended with momentum") {
  Tensor rm = vec({0.2, -0.1, 0.4}), rv = vec({1.5, 0.7, 2.0});
  Tensor y = batch_norm(make(uneven(12), {4, 3}), weight(), bias(), rm, rv, true, 0.1, 1e-5);
  CHECK(float_bits(y) == std::vector<uint32_t>{0xbf1a9d15, 0x3fb6c431, 0xc010eee0, 0x3dd326b3, 0xbf892df1, 0x3fde0c12, 0x3f4f66c1, 0x3fbc6124, 0xc0156c70, 0x3db9bf22, 0xbf8390fe, 0x3fd510f2});
  CHECK(float_bits(rm) == std::vector<uint32_t>{0x3e3be76c, 0xbdd91687, 0x3ec39580});
  CHECK(float_bits(rv) == std::vector<uint32_t>{0x3fb7e425, 0x3f2c5f93, 0x3febf258});
}

TEST_CASE("batch_norm of [N, C, L] in training and in eval mode: PyTorch's bits") {
  Tensor rm = vec({0.2, -0.1, 0.4}), rv = vec({1.5, 0.7, 2.0});
  Tensor x = make(uneven(30), {2, 3, 5});
  CHECK(float_bits(batch_norm(x, weight(), bias(), rm, rv, true, 0.1, 1e-5)) == std::vector<uint32_t>{0xbf312a9a, 0xbed3a536, 0xbe09ea6e, 0x3e13758f, 0x3ed86ac5, 0xbf568b3e, 0xbfca89e3, 0x400b6787, 0x3fb78ac8, 0x3f308d06, 0x3f208be3, 0x3fe697b6, 0x403e74bd, 0xc03d4c5c, 0xbfe446f3, 0x3dead6e8, 0x3ec965b8, 0x3f2c0adb, 0x3f7362da, 0xbeea2cc8, 0x3fc191f8, 0x3f449b66, 0x3cc25b69, 0xbf3875ae, 0xbfbb7f1c, 0xc04535b7, 0xbff419a9, 0xbf3b8fca, 0x3ee22780, 0x3fcedba5});
  CHECK(float_bits(rm) == std::vector<uint32_t>{0x3e3645a1, 0xbd810624, 0x3ebd70a3});
  CHECK(float_bits(rv) == std::vector<uint32_t>{0x3fb36915, 0x3f2cdd8c, 0x3fec5b34});
  CHECK(float_bits(batch_norm(x, weight(), bias(), rm, rv, false, 0.1, 1e-5)) == std::vector<uint32_t>{0xbee124e9, 0xbe8ef9e3, 0xbdf33b70, 0x3d2ae153, 0x3e4f0e61, 0xbf8e6ebc, 0xbfd86be1, 0x3f9d6abf, 0x3f26db34, 0x3d97074b, 0xbe82fe39, 0x3e9b5c7c, 0x3f5cdb99, 0xbffb4827, 0xbfb3b17a, 0x3ccb5f3d, 0x3e3dc1f4, 0x3eb10c00, 0x3f019b83, 0xbe9bf334, 0x3f366ed0, 0x3e09d215, 0xbee30b8a, 0xbf82c007, 0xbfccbd2c, 0xc00168a4, 0xbfbb3a99, 0xbf6747d7, 0xbeb034f8, 0x3e5c4b80});
}

TEST_CASE("batch_norm's gradients outside a recording pass: PyTorch's kernel bits") {
  for (const auto& [shape, dx_bits, dw_bits, db_bits] :
       {std::tuple{Shape{4, 3}, std::vector<uint32_t>{0xbd9d2993, 0x3f0cdb25, 0xbf612e5d, 0x3ea65dac, 0xbf5e90bc, 0xbf596d5f, 0xbda334ee, 0xbf0e4901, 0x3f596d5f, 0xbe2c8c1b, 0x3f5ffe98, 0x3f612e5b}, std::vector<uint32_t>{0x3f36c10a, 0x3f015353, 0xbf51417f}, std::vector<uint32_t>{0xbf666666, 0x3e99999a, 0x3e4ccccc}},
        std::tuple{Shape{2, 3, 5}, std::vector<uint32_t>{0xbe76cf3b, 0xbdcf917e, 0x3d1cf6ea, 0x3e364436, 0x3ea2a558, 0x3f444763, 0x3c4f873c, 0x3e8847d9, 0xbef9cab6, 0x3fa6f23e, 0xbf878732, 0x3c70bc2f, 0x3f8b4a24, 0x3fa34c6b, 0xbfd58b11, 0xbd097a60, 0x3dd94fc6, 0x3e7bae5d, 0xbf1164e2, 0x3d6d9cf4, 0x3df01670, 0xbf230679, 0xbfb207e0, 0x3ecd7427, 0xbeb49e68, 0x3eaa9ccf, 0x3fb40fdf, 0xbfc4c79e, 0xbeed7bcc, 0x3f1c1371}, std::vector<uint32_t>{0x3ffb94a0, 0xbfb6b622, 0xbf4e7dcc}, std::vector<uint32_t>{0x3ecccccd, 0x3f8ccccc, 0x3fe66666}}}) {
    const int64_t n = shape.size() == 2 ? 12 : 30;
    Tensor x = make(uneven(n), shape), w = weight(), b = bias();
    for (Tensor* t : {&x, &w, &b}) t->impl()->requires_grad = true;
    backward({batch_norm(x, w, b, {}, {}, true, 0.1, 1e-5)}, {make(uneven(n, 0.29, 1.3, 0.6), shape)}, false);
    CHECK(float_bits(grad_of(x)) == dx_bits);
    CHECK(float_bits(grad_of(w)) == dw_bits);
    CHECK(float_bits(grad_of(b)) == db_bits);
  }
}

TEST_CASE("layer_norm over the last dim: PyTorch's bits") {
  Tensor y = layer_norm(make(uneven(30), {3, 10}), {10}, make(uneven(10, 0.21, 1.7, -0.4), {10}),
                        make(uneven(10, 0.13, 0.9, 0.5), {10}), 1e-5);
  CHECK(float_bits(y) == std::vector<uint32_t>{0xbf8c6fb6, 0xbf70d613, 0xbf0a26e1, 0x3dd9714f, 0x3f7f290e, 0x40087273, 0x4060c418, 0xc012d152, 0xbf95254b, 0xbd25c780, 0xbed95139, 0x3dcb9a4e, 0x3f5dbfce, 0xbfd5497e, 0xbf930d06, 0xbec6e0fe, 0x3f1d69ae, 0x3f760e12, 0x401cd25f, 0xbf96b4b4, 0xbf6400ea, 0xbf0dfbb4, 0x3d95761b, 0x3f7dfe7b, 0x400cfcdd, 0xc013eb87, 0xbfb32aa1, 0xbf8c5ec8, 0x3ecbcb93, 0x3f062a83});
}

TEST_CASE("layer_norm's gradients outside a recording pass: PyTorch's kernel bits") {
  Tensor x = make(uneven(30), {3, 10}), w = make(uneven(10, 0.21, 1.7, -0.4), {10}), b = make(uneven(10, 0.13, 0.9, 0.5), {10});
  Tensor plain = make(uneven(30), {3, 10});
  for (Tensor* t : {&x, &w, &b, &plain}) t->impl()->requires_grad = true;
  const Tensor g = make(uneven(30, 0.29, 1.3, 0.6), {3, 10});
  backward({layer_norm(x, {10}, w, b, 1e-5)}, {g}, false);
  CHECK(float_bits(grad_of(x)) == std::vector<uint32_t>{0xbf2d1ee8, 0xbf081350, 0xbe46490c, 0x3eacc87e, 0x3f87e81c, 0xbf5ff2a4, 0xbe3b13aa, 0x3e9c38aa, 0x3fb11a7e, 0xbf2109bb, 0xbea0639e, 0xbd9fee3e, 0x3eb29e50, 0x3f4affe7, 0xbf506dc4, 0xbe68daf4, 0x3f0d1934, 0x3fc2c106, 0xbfb2b598, 0xbec55605, 0xbf1466c7, 0x3ccc7680, 0x3f5c1c71, 0xbef4dfd1, 0x3ea2ece6, 0x3de72fe8, 0x3faf546c, 0xbfc54a72, 0xbea548cc, 0x3e722a30});
  CHECK(float_bits(grad_of(w)) == std::vector<uint32_t>{0x3f29a2fc, 0x3e4aeb08, 0x3f4bd855, 0xbf993cb2, 0x3f63cb92, 0xbf97a997, 0xbf58315d, 0x3ead5ca2, 0xbf35e509, 0x3ebea558});
  CHECK(float_bits(grad_of(b)) == std::vector<uint32_t>{0xbf19999a, 0x3e999999, 0x3f99999a, 0x3f4ccccd, 0x3ecccccd, 0x00000000, 0x3f666666, 0x3f000000, 0x3dcccccc, 0xbe99999a});
  backward({layer_norm(plain, {10}, {}, {}, 1e-5)}, {g}, false);
  CHECK(float_bits(grad_of(plain)) == std::vector<uint32_t>{0xbf39bc70, 0xbea76663, 0x3d92b064, 0x3ef0be95, 0x3f5e6889, 0xbf22a66b, 0xbe7274b2, 0x3ed06137, 0x3f4e39d9, 0xbf32d51a, 0xbee55cfd, 0xbba36da0, 0x3ee04190, 0x3f56844a, 0xbf1b9cc9, 0xbe28d498, 0x3e8e64fa, 0x3f389a20, 0xbf3986f4, 0xbea646e2, 0xbe8b8914, 0x3ec0b8b7, 0x3f833ea2, 0xbf17c291, 0x3d65e558, 0xbd65e550, 0x3f17c290, 0xbf833ea1, 0xbec0b8b8, 0x3e8b8915});
}

TEST_CASE("group_norm of two groups of two channels: PyTorch's bits") {
  Tensor y = group_norm(make(uneven(72), {2, 4, 9}), 2, vec({0.5, -1.25, 2.0, 1.5}), vec({0.1, 0.2, -0.3, 0.0}), 1e-5);
  CHECK(float_bits(y) == std::vector<uint32_t>{0xbf47ce46, 0xbeff1d80, 0xbe5d3ce6, 0x3d878268, 0x3eb25fa6, 0x3f216f5a, 0x3f69aedf, 0xbf035c33, 0xbe6c72b2, 0x3ea4b824, 0xbec4857d, 0xbf8b70c7, 0xbfe5c02f, 0x3fe28da8, 0x3f883e40, 0x3eb7bb62, 0xbeb1823e, 0xbf86aff7, 0x400f7cc0, 0xc05c3102, 0xc014369e, 0xbf987875, 0xbd883acb, 0x3f87711b, 0x400bb2f1, 0xc05ffad2, 0xc018006d, 0xbf367884, 0x3e05da9e, 0x3f7965d4, 0x3fe8aa80, 0x402a510b, 0xbfcce28f, 0xbf41d5f2, 0x3db0c9c8, 0x3f6e0864, 0x3f0f2464, 0x3f592c99, 0xbf1ce1ef, 0xbea5b373, 0xbd0d183a, 0x3e826d64, 0x3f0b3ee7, 0x3f55471d, 0xbf20c76b, 0x3fa6089d, 0x3f12fcb3, 0xbe185f4e, 0xbf5f2c57, 0xbfcc206e, 0x4003b8dd, 0x3faae778, 0x3f1cba6a, 0xbde2d0e0, 0x3f39b89c, 0x3fec485b, 0xc0743029, 0xc02c7a23, 0xbfc98838, 0xbee870ac, 0x3f2a9fc4, 0x3fe4bbef, 0x403a13fe, 0xbfeb93b9, 0xbf8002af, 0xbe238d26, 0x3f2e3eca, 0x3fc2b06f, 0x401720bc, 0xbff13d0a, 0xbf85ac00, 0xbe50d7b7});
}

TEST_CASE("normalisation gradients: first and second derivatives against float64 finite differences") {
  const Tensor x = f64s(uneven(24), {4, 3, 2});
  const Tensor w = f64s({0.5, -1.25, 2.0}, {3}), b = f64s({0.1, 0.2, -0.3}, {3});
  check_gradients([](auto& in) { return batch_norm(in[0], in[1], in[2], {}, {}, true, 0.1, 1e-5); }, {x, w, b});
  check_gradients([](auto& in) { return batch_norm(in[0], {}, {}, {}, {}, true, 0.1, 1e-5); }, {x});
  const Tensor rm = f64s({0.2, -0.1, 0.4}, {3}), rv = f64s({1.5, 0.7, 2.0}, {3});
  check_gradients([&](auto& in) { return batch_norm(in[0], in[1], in[2], rm, rv, false, 0.1, 1e-5); }, {x, w, b});
  check_gradients([](auto& in) { return layer_norm(in[0], {3, 2}, in[1], in[2], 1e-5); },
                  {x, f64s(uneven(6, 0.21, 1.7, -0.4), {3, 2}), f64s(uneven(6, 0.13, 0.9, 0.5), {3, 2})});
  check_gradients([](auto& in) { return layer_norm(in[0], {2}, {}, {}, 1e-5); }, {x});
  const Tensor x4 = f64s(uneven(32), {2, 4, 4});
  check_gradients([](auto& in) { return group_norm(in[0], 2, in[1], in[2], 1e-5); },
                  {x4, f64s({0.5, -1.25, 2.0, 1.5}, {4}), f64s({0.1, 0.2, -0.3, 0.0}, {4})});
  check_gradients([](auto& in) { return group_norm(in[0], 4, {}, {}, 1e-5); }, {x4});
}

TEST_CASE("normalisation nodes carry PyTorch's names") {
  Tensor x = make(uneven(12), {4, 3});
  x.impl()->requires_grad = true;
  CHECK(name_of(batch_norm(x, {}, {}, {}, {}, true, 0.1, 1e-5)) == "NativeBatchNormBackward0");
  CHECK(name_of(layer_norm(x, {3}, {}, {}, 1e-5)) == "NativeLayerNormBackward0");
  CHECK(name_of(group_norm(x, 3, {}, {}, 1e-5)) == "NativeGroupNormBackward0");
}

TEST_CASE("normalisation errors are PyTorch's") {
  Tensor x = make(uneven(24), {2, 6, 2});
  CHECK_THROWS_WITH(group_norm(x, 4, {}, {}, 1e-5),
                    "Expected number of channels in input to be divisible by num_groups, but got input of shape "
                    "[2, 6, 2] and num_groups=4");
  CHECK_THROWS_WITH(layer_norm(x, {5}, {}, {}, 1e-5),
                    "Given normalized_shape=[5], expected input with shape [*, 5], but got input of size[2, 6, 2]");
  CHECK_THROWS_WITH(layer_norm(x, {2}, vec({1, 2, 3}), {}, 1e-5),
                    "Expected weight to be of same shape as normalized_shape, but got weight of shape [3] and "
                    "normalized_shape = [2]");
  CHECK_THROWS_WITH(batch_norm(x, vec({1, 2}), {}, {}, {}, true, 0.1, 1e-5), "weight should contain 6 elements not 2");
}
