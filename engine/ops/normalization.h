#pragma once
// Normalisation layers (ops/normalization.cpp); weight, bias and the running statistics may be
// undefined (absent).
#include "tensor/tensor.h"

namespace gb {

// input [N, C, ...], statistics per channel. In training they are the batch's, and running_mean
// and running_var (if given) are updated in place with momentum; in eval, the running ones.
Tensor batch_norm(const Tensor& input, const Tensor& weight, const Tensor& bias, const Tensor& running_mean,
                  const Tensor& running_var, bool training, double momentum, double eps);
// Statistics over the last dims (normalized_shape); weight and bias of that shape.
Tensor layer_norm(const Tensor& input, const Shape& normalized_shape, const Tensor& weight, const Tensor& bias,
                  double eps);
// input [N, C, ...]: statistics per sample over each of num_groups groups of channels.
Tensor group_norm(const Tensor& input, int64_t num_groups, const Tensor& weight, const Tensor& bias, double eps);

}  // namespace gb
