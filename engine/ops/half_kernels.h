#pragma once
// PyTorch 1.13's CPU build lacks a float16 kernel for many elementwise ops (exp, sqrt, tanh,
// ...; bfloat16 has them all): such an op on float16 fails as PyTorch's does, naming the kernel.
#include <string_view>

#include "tensor/dtype.h"

namespace gb {

// Fails with `"exp_vml_cpu" not implemented for 'Half'` when `op` (an elementwise table row's
// name) has no float16 kernel in PyTorch and t is float16.
void check_half_kernel(std::string_view op, DType t);

}  // namespace gb
