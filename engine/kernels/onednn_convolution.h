#pragma once
// A float32 convolution in the order oneDNN (PyTorch 1.13's mkldnn backend, its jit avx512
// kernels on one thread) rounds its sums, every multiply-add fused (one rounding), as
// established by experiment in scripts/onednn-conv-order.py:
//   forward:     per block of 16 input channels one chain from 0 over (kernel row, kernel
//                column, channel); the first block's sum + bias, each later block's sum added
//                onto the output so far. The 1×1 and the depthwise kernels: one chain over all
//                taps from the bias.
//   input grad:  the same over blocks of output channels, without a bias.
//   weight grad: one chain from 0 over (image, output row, output column); the 1×1 kernel: per
//                image a chain from 0 over the positions, added onto the sum so far.
//   bias grad:   one running float32 sum over (image, position).
// Images are [batch, groups·channels, height, width], weights [groups·out, in, kh, kw].
#include <cstdint>

#include "kernels/im2col.h"

namespace gb {

struct OnednnConvolution {
  int64_t batch, groups;
  int64_t in_channels, out_channels;  // per group
  Plane in, out;
  Window window;
};

// Whether the order of the kernel oneDNN picks for this convolution is known (and so computed
// below): every ungrouped one except a 1×1 kernel with padding; grouped ones (not 1×1) with 8 or
// 16 channels a block (channel counts per group multiples of 8) or depthwise (one input and one
// output channel a group). The others' orders (oneDNN's gemm-based kernels among them) are not
// reproduced.
bool onednn_order_known(const OnednnConvolution& c);
// Whether its weight and bias gradients are: not a dilated convolution's (oneDNN computes them
// by gemm).
bool onednn_parameter_grads_known(const OnednnConvolution& c);

void onednn_convolution_forward(const OnednnConvolution& c, const float* x, const float* weight, const float* bias,
                                float* y);
void onednn_convolution_input_grad(const OnednnConvolution& c, const float* grad, const float* weight, float* dx);
void onednn_convolution_weight_grad(const OnednnConvolution& c, const float* x, const float* grad, float* dweight);
void onednn_convolution_bias_grad(const OnednnConvolution& c, const float* grad, float* dbias);

}  // namespace gb
