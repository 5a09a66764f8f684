#pragma once
// Copies and dtype conversion (ops/copy.cpp).
#include "tensor/tensor.h"

namespace gb {

Tensor detach(const Tensor& t);             // same data, no history
Tensor contiguous_copy(const Tensor& t);    // a dense copy, no history
Tensor dense(const Tensor& t);              // t itself when contiguous, else contiguous_copy: for kernels that only read
void copy_values(const Tensor& dst, const Tensor& src);  // dst[...] = src converted; no checks, no history
Tensor to_dtype(const Tensor& t, DType dtype);
Tensor clone(const Tensor& t);
Tensor contiguous(const Tensor& t);
void copy_(const Tensor& self, const Tensor& src);  // self[...] = src, broadcasting src
Tensor fill_(const Tensor& self, double value);
Tensor fill_(const Tensor& self, const Tensor& value);  // a 0-dim value
Tensor zeros_like(const Tensor& t);
Tensor ones_like(const Tensor& t);

}  // namespace gb
