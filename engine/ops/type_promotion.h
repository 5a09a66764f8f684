#pragma once
// PyTorch's result-type rules: dimensioned tensors outrank 0-dim tensors, which outrank
// Python numbers; a lower-ranked operand only matters when it is of a higher category
// (bool < integer < floating), as in int_tensor * 2.5 → float32.
#include "tensor/tensor.h"

namespace gb {

DType result_type(const Tensor& a, const Tensor& b);

// torch.get_default_dtype / set_default_dtype: the dtype of float literals and of float results
// computed from integers.
DType default_dtype();
void set_default_dtype(DType dtype);

}  // namespace gb
