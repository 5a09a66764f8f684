#pragma once
// PyTorch's result-type rules: dimensioned tensors outrank 0-dim tensors, which outrank
// Python numbers; a lower-ranked operand only matters when it is of a higher category
// (bool < integer < floating), as in int_tensor * 2.5 → float32.
#include <initializer_list>

#include "tensor/tensor.h"

namespace gb {

DType result_type(const Tensor& a, const Tensor& b);
// The same over several operands (undefined ones, like an absent clamp bound, are skipped).
DType result_type(std::initializer_list<Tensor> operands);

// Whether an op may write a result of dtype `from` into a tensor of dtype `to` (in-place ops,
// out=): never floating into integers, never numbers into bool.
constexpr bool can_cast(DType from, DType to) {
  if (is_floating(from) && !is_floating(to)) return false;
  return from == DType::Bool || to != DType::Bool;
}

// torch.get_default_dtype / set_default_dtype: the dtype of float literals and of float results
// computed from integers.
DType default_dtype();
void set_default_dtype(DType dtype);

// The C++ name of a dtype's element type, as some of PyTorch's messages show it ("long int").
const char* cpp_type_name(DType t);

}  // namespace gb
