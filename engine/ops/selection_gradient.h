#pragma once
// The gradient of an op that selects one element per slice along a dim (max and min along a
// dim, sort, topk, kthvalue): each gradient value goes back to the position its value came
// from, zeros elsewhere.
#include "tensor/tensor.h"

namespace gb {

// Makes `values` (picked from `input` at `indices` along `dim`) the output of node `name`,
// whose formula scatters the gradient into zeros of input's shape (ScatterBackward0 when
// recorded), as PyTorch's value_selecting_reduction_backward.
void record_selection(const char* name, const Tensor& values, const Tensor& input, const Tensor& indices, int64_t dim,
                      bool keepdim);

}  // namespace gb
