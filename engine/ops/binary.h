#pragma once
// Elementwise functions of two operands, addressed by their code in the engine's table
// (ops/elementwise/binary.cpp): the bindings and the torch package are generated from it. The engine's
// own code calls them by name (add, mul, eq, ... in ops/ops.h).
#include <cstdint>
#include <string_view>

#include "tensor/tensor.h"

namespace gb {

int32_t binary_count();
std::string_view binary_name(int32_t code);  // torch.<name>
bool binary_has_inplace(int32_t code);        // Tensor.<name>_ exists
bool binary_takes_number(int32_t code);       // the second operand may be a Python number
bool binary_number_first(int32_t code);       // ... and the first one too (torch.pow(2, x))
int32_t binary_code(std::string_view name);   // fails for a name that is not in the table

// A Python number on either side is a wrapped 0-dim tensor (wrapped_scalar). alpha scales the
// second operand, for the ops that take it (add, sub, rsub); alpha_is_float: it was a Python float.
Tensor binary(int32_t code, const Tensor& a, const Tensor& b, double alpha = 1, bool alpha_is_float = false);
// self op= other; gives self back.
Tensor binary_(int32_t code, const Tensor& self, const Tensor& other, double alpha = 1, bool alpha_is_float = false);

}  // namespace gb
