// float32 convolutions PyTorch 1.13 sends to oneDNN round as oneDNN does (chains of fused
// multiply-adds in blocks of 16 channels), the others as its im2col + gemm: the output and the
// three gradients are PyTorch's bit for bit. Inputs have full 24-bit mantissas so every rounding
// shows; each tensor is compared by the sum of its elements' bit patterns modulo 2³², which any
// single differing bit changes. Recorded by scripts/record-convolution-fingerprints.py.
// Each is computed twice: by fused_row.h's exact float64 chains, and by a fused-chain kernel as
// the WebAssembly build installs where relaxed SIMD fuses (here a loop of std::fma).
#include <cmath>
#include <random>

#include "helpers.h"
#include "kernels/fused_chain.h"
#include "kernels/onednn_convolution.h"

using namespace gb;
using namespace gb::test;

namespace {

// Element i: ((i·2654435761 + seed·40503) mod 2³² >> 8) / 2²⁴ − 0.5, exact in float32.
Tensor filled(const Shape& shape, uint32_t seed) {
  Tensor t = empty(shape, DType::Float32);
  for (int64_t i = 0; i < t.numel(); ++i) {
    const uint32_t bits = (uint32_t(i) * 2654435761u + seed * 40503u) >> 8;
    t.data<float>()[i] = float(double(bits) / 16777216.0 - 0.5);
  }
  return t;
}

uint32_t fingerprint(const Tensor& t) {
  uint32_t sum = 0;
  for (uint32_t bits : float_bits(t)) sum += bits;
  return sum;
}

struct Case {
  Shape input, weight;
  bool bias;
  int64_t stride, padding, dilation, groups;
  std::array<uint32_t, 4> output_input_weight_bias;  // PyTorch's fingerprints (0: no bias)
};

void fused_chain_by_fma(float* dst, int32_t count, int32_t taps, const float* const* sources, const float* weights) {
  for (int32_t t = 0; t < taps; ++t)
    for (int32_t k = 0; k < count; ++k) dst[k] = std::fma(sources[t][k], weights[t], dst[k]);
}

void multiply_then_add(float* dst, int32_t count, int32_t taps, const float* const* sources, const float* weights) {
  for (int32_t t = 0; t < taps; ++t)
    for (int32_t k = 0; k < count; ++k) {
      const volatile float product = sources[t][k] * weights[t];  // rounded on its own
      dst[k] = product + dst[k];
    }
}

// Runs `check` with no kernel and then with fused_chain_by_fma installed.
template <class Check>
void with_and_without_kernel(Check check) {
  for (FusedChainKernel kernel : {FusedChainKernel{}, &fused_chain_by_fma}) {
    CAPTURE(bool(kernel));
    REQUIRE(install_fused_chain_kernel(kernel));
    check();
  }
  install_fused_chain_kernel(nullptr);
}

void check_once(const Case& c) {
  const size_t dims = c.input.size() - 2;
  const ConvolutionOptions o{std::vector<int64_t>(dims, c.stride), std::vector<int64_t>(dims, c.padding),
                             std::vector<int64_t>(dims, c.dilation), std::vector<int64_t>(dims, 0), false, c.groups};
  Tensor x = filled(c.input, 1), w = filled(c.weight, 2), b = c.bias ? filled({c.weight[0]}, 3) : Tensor{};
  for (Tensor* t : {&x, &w, &b})
    if (t->defined()) t->impl()->requires_grad = true;
  Tensor y = convolution(x, w, b, o);
  backward({y}, {filled(y.shape(), 4)}, false);
  CHECK(fingerprint(y) == c.output_input_weight_bias[0]);
  CHECK(fingerprint(grad_of(x)) == c.output_input_weight_bias[1]);
  CHECK(fingerprint(grad_of(w)) == c.output_input_weight_bias[2]);
  if (c.bias) CHECK(fingerprint(grad_of(b)) == c.output_input_weight_bias[3]);
}

void check_against_pytorch(const Case& c) { with_and_without_kernel([&] { check_once(c); }); }

}  // namespace

TEST_CASE("a batch of float32 images convolves in oneDNN's order: 16-channel blocks of fused multiply-adds") {
  SUBCASE("16 → 16 channels, 3×3, stride 2 (nn_tutorial's second layer)") {
    check_against_pytorch({{4, 16, 14, 14}, {16, 16, 3, 3}, true, 2, 1, 1, 1,
                           {3393986295u, 936939160u, 3122047061u, 1920704755u}});
  }
  SUBCASE("24 → 20 channels: two channel blocks forward and backward") {
    check_against_pytorch({{3, 24, 9, 9}, {20, 24, 3, 3}, true, 1, 1, 1, 1,
                           {3137811348u, 3503841191u, 2562552604u, 1834674299u}});
  }
  SUBCASE("LeNet's first layer, without bias") {
    check_against_pytorch({{8, 1, 28, 28}, {6, 1, 5, 5}, false, 1, 0, 1, 1,
                           {3201309035u, 2393226759u, 1039169608u, 0u}});
  }
  SUBCASE("conv1d, as the 2-D convolution over a height of 1") {
    check_against_pytorch({{4, 20, 30}, {18, 20, 3}, true, 1, 2, 1, 1,
                           {3272664234u, 2634162019u, 1258699310u, 1837280563u}});
  }
}

TEST_CASE("oneDNN's 1×1 kernel chains over all channels: forward from the bias, weight gradient per image") {
  SUBCASE("a stride that tiles the input exactly goes to the 1×1 kernel") {
    check_against_pytorch({{2, 20, 8, 8}, {24, 20, 1, 1}, true, 2, 0, 1, 1,
                           {1060250029u, 3091729687u, 3650996285u, 1608240856u}});
  }
  SUBCASE("a stride that does not goes to the general kernel's 16-channel blocks") {
    check_against_pytorch({{2, 40, 9, 9}, {8, 40, 1, 1}, true, 2, 0, 1, 1,
                           {282181373u, 3969712475u, 293953397u, 1959366090u}});
  }
}

TEST_CASE("grouped float32 convolutions: blocks of 8 channels when a group's are not a multiple of 16") {
  SUBCASE("two groups of 24 channels") {
    check_against_pytorch({{2, 48, 8, 8}, {48, 24, 3, 3}, true, 1, 1, 1, 2,
                           {1701769756u, 3851842326u, 317318382u, 3229594515u}});
  }
  SUBCASE("depthwise: one chain over the taps from the bias") {
    check_against_pytorch({{4, 8, 10, 10}, {8, 1, 3, 3}, true, 2, 1, 1, 8,
                           {3124058568u, 776125204u, 2699981827u, 1934870615u}});
  }
}

TEST_CASE("a single small float32 image stays on PyTorch's im2col + gemm order") {
  check_against_pytorch({{1, 3, 10, 10}, {4, 3, 3, 3}, true, 1, 0, 1, 1,
                         {606313071u, 1873254627u, 3737310269u, 2026776824u}});
}

TEST_CASE("a fused-chain kernel is installed only if it rounds once per multiply-add") {
  CHECK(install_fused_chain_kernel(&fused_chain_by_fma));
  CHECK(bool(fused_chain_kernel() == &fused_chain_by_fma));
  CHECK_FALSE(install_fused_chain_kernel(&multiply_then_add));
  CHECK_FALSE(bool(fused_chain_kernel()));
}

namespace {

struct Geometry {
  int64_t batch, groups, in_channels, out_channels, height, width;
  Window window;
};

std::vector<uint32_t> bits_of(const std::vector<float>& values) {
  std::vector<uint32_t> bits;
  for (float v : values) bits.push_back(float_to_bits(v));
  return bits;
}

std::vector<float> random_floats(size_t count, std::mt19937& random) {
  std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
  std::vector<float> v(count);
  for (float& f : v) f = uniform(random);
  return v;
}

// Output, input gradient and weight gradient by the kernel and by the rows, bit for bit.
void check_kernel_matches_rows(const Geometry& g, std::mt19937& random, float poison = 0.0f) {
  const Window& w = g.window;
  const int64_t out_h = (g.height + 2 * w.pad_h - w.dilation_h * (w.kernel_h - 1) - 1) / w.stride_h + 1;
  const int64_t out_w = (g.width + 2 * w.pad_w - w.dilation_w * (w.kernel_w - 1) - 1) / w.stride_w + 1;
  const OnednnConvolution c{g.batch, g.groups, g.in_channels, g.out_channels, {g.height, g.width}, {out_h, out_w}, w};
  const auto size = [&](int64_t channels, int64_t h, int64_t wd) { return size_t(g.batch * g.groups * channels * h * wd); };
  std::vector<float> x = random_floats(size(g.in_channels, g.height, g.width), random);
  std::vector<float> weight = random_floats(size_t(g.groups * g.out_channels * g.in_channels * w.kernel_h * w.kernel_w), random);
  std::vector<float> bias = random_floats(size_t(g.groups * g.out_channels), random);
  std::vector<float> grad = random_floats(size(g.out_channels, out_h, out_w), random);
  bias[0] = -0.0f;
  if (poison != 0.0f) weight[0] = grad[0] = poison;
  auto all = [&] {
    std::vector<float> y(grad.size()), dx(x.size()), dw(weight.size());
    onednn_convolution_forward(c, x.data(), weight.data(), bias.data(), y.data());
    onednn_convolution_input_grad(c, grad.data(), weight.data(), dx.data());
    if (onednn_parameter_grads_known(c)) onednn_convolution_weight_grad(c, x.data(), grad.data(), dw.data());
    return std::array{bits_of(y), bits_of(dx), bits_of(dw)};
  };
  REQUIRE(install_fused_chain_kernel(nullptr));
  const auto by_rows = all();
  REQUIRE(install_fused_chain_kernel(&fused_chain_by_fma));
  const auto by_kernel = all();
  install_fused_chain_kernel(nullptr);
  CHECK(by_kernel[0] == by_rows[0]);
  CHECK(by_kernel[1] == by_rows[1]);
  CHECK(by_kernel[2] == by_rows[2]);
}

}  // namespace

TEST_CASE("the kernel's chains over zero-padded rows give the rows' bits, whatever the geometry") {
  std::mt19937 random(7);
  SUBCASE("padding wider than the kernel reaches, rows not a multiple of 4, two channel blocks") {
    check_kernel_matches_rows({2, 1, 20, 3, 7, 9, {3, 3, 1, 1, 4, 5, 1, 1}}, random);
  }
  SUBCASE("strides and dilations") {
    check_kernel_matches_rows({2, 1, 5, 4, 11, 13, {3, 2, 2, 1, 1, 2, 2, 3}}, random);
    check_kernel_matches_rows({1, 1, 3, 5, 12, 12, {5, 5, 2, 2, 2, 2, 1, 1}}, random);
  }
  SUBCASE("groups, depthwise and 1×1") {
    check_kernel_matches_rows({2, 2, 8, 16, 6, 6, {3, 3, 1, 1, 1, 1, 1, 1}}, random);
    check_kernel_matches_rows({2, 6, 1, 1, 9, 5, {3, 3, 1, 1, 1, 1, 1, 1}}, random);
    check_kernel_matches_rows({3, 1, 20, 6, 5, 7, {1, 1, 1, 1, 0, 0, 1, 1}}, random);
  }
  SUBCASE("a weight or a gradient that is not finite: the padding's terms would be NaN") {
    check_kernel_matches_rows({2, 1, 3, 4, 6, 6, {3, 3, 1, 1, 1, 1, 1, 1}}, random, INFINITY);
    check_kernel_matches_rows({2, 1, 3, 4, 6, 6, {3, 3, 1, 1, 1, 1, 1, 1}}, random, NAN);
  }
}
