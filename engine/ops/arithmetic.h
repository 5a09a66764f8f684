#pragma once
// Elementwise arithmetic with broadcasting: rows of the binary table (ops/elementwise/binary.cpp, binary.h).
#include "tensor/tensor.h"

namespace gb {

// alpha scales b (torch.add(a, b, alpha=)); alpha_is_float says whether it was a Python float.
Tensor add(const Tensor& a, const Tensor& b, double alpha = 1, bool alpha_is_float = false);
Tensor sub(const Tensor& a, const Tensor& b, double alpha = 1, bool alpha_is_float = false);
Tensor rsub(const Tensor& a, const Tensor& b, double alpha = 1, bool alpha_is_float = false);  // b - alpha * a
Tensor mul(const Tensor& a, const Tensor& b);
// t · value, PyTorch's mul.Scalar: the product its C++ backward formulas form with a number,
// recorded as MulBackward1 (one edge, t's).
Tensor mul_scalar(const Tensor& t, double value);
// t + value, PyTorch's add.Scalar, likewise: AddBackward1.
Tensor add_scalar(const Tensor& t, double value);
Tensor div(const Tensor& a, const Tensor& b);
enum class RoundingMode { None, Trunc, Floor };
Tensor div(const Tensor& a, const Tensor& b, RoundingMode mode);  // torch.div(..., rounding_mode=)
// In place: self op= other. Returns self.
Tensor add_(const Tensor& self, const Tensor& other, double alpha = 1, bool alpha_is_float = false);
Tensor sub_(const Tensor& self, const Tensor& other, double alpha = 1, bool alpha_is_float = false);
Tensor mul_(const Tensor& self, const Tensor& other);
Tensor div_(const Tensor& self, const Tensor& other);

}  // namespace gb
