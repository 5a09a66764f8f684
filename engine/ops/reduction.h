#pragma once
// Reductions (ops/reduction.cpp); empty dims = all dims; dtype: compute and return in it.
#include <optional>
#include <vector>

#include "tensor/tensor.h"

namespace gb {

Tensor sum(const Tensor& t, std::optional<DType> dtype = {});
Tensor sum(const Tensor& t, const std::vector<int64_t>& dims, bool keepdim, std::optional<DType> dtype = {});
Tensor mean(const Tensor& t, std::optional<DType> dtype = {});
Tensor mean(const Tensor& t, const std::vector<int64_t>& dims, bool keepdim, std::optional<DType> dtype = {});
Tensor prod(const Tensor& t, std::optional<DType> dtype = {});
Tensor prod(const Tensor& t, int64_t dim, bool keepdim, std::optional<DType> dtype = {});
Tensor all(const Tensor& t);
Tensor all(const Tensor& t, int64_t dim, bool keepdim);
Tensor any(const Tensor& t);
Tensor any(const Tensor& t, int64_t dim, bool keepdim);
// Sums a broadcast gradient back down to `shape` (SumBackward1 then a view, as PyTorch's sum_to).
Tensor sum_to(const Tensor& t, const Shape& shape);

}  // namespace gb
