#pragma once
// PyTorch's TensorIterator dtype checks, for ops written by hand that build one in PyTorch.
#include <initializer_list>

#include "ops/type_promotion.h"
#include "tensor/error.h"

namespace gb {

// The refusal of a result computed in `from` written into an output of dtype `to`
// (enforce_safe_casting_to_output).
inline void check_can_cast(DType from, DType to) {
  if (!can_cast(from, to))
    fail("result type ", scalar_type_name(from), " can't be cast to the desired output type ", scalar_type_name(to));
}

// The default configuration's check: every operand has the first's dtype; the message names the
// first that has not.
inline void check_same_dtype(const Tensor& first, std::initializer_list<Tensor> others) {
  for (const Tensor& t : others)
    if (t.dtype() != first.dtype())
      fail("Found dtype ", scalar_type_name(t.dtype()), " but expected ", scalar_type_name(first.dtype()));
}

}  // namespace gb
