#pragma once
// For kernels that exist only for float32 and float64 (convolution, pooling): calls f with a
// value of the tensor's C++ floating type, after the op has rejected other dtypes.
#include "tensor/dtype.h"

namespace gb {

template <class F>
void dispatch_floating(DType t, F&& f) {
  if (t == DType::Float32)
    f(float{});
  else
    f(double{});
}

}  // namespace gb
