#pragma once
// Walks N operands over one iteration shape. Each operand has its own element strides
// (0 along broadcast dims, so broadcasting never copies). Dims that are laid out
// back-to-back in every operand are merged first, so contiguous data becomes one long
// innermost run that the caller's kernel can vectorise.
#include <array>
#include <cstdint>

#include "tensor/shape.h"

namespace gb {

template <size_t N>
struct LoopDims {
  Shape shape;
  std::array<Shape, N> strides;
};

// Drops size-1 dims and merges adjacent dims that are contiguous in every operand.
template <size_t N>
LoopDims<N> coalesce(const Shape& shape, const std::array<Shape, N>& strides) {
  LoopDims<N> out;
  for (size_t d = 0; d < shape.size(); ++d) {
    if (shape[d] == 1) continue;
    bool merge = !out.shape.empty();
    for (size_t k = 0; merge && k < N; ++k) merge = out.strides[k].back() == strides[k][d] * shape[d];
    if (merge) {
      out.shape.back() *= shape[d];
      for (size_t k = 0; k < N; ++k) out.strides[k].back() = strides[k][d];
    } else {
      out.shape.push_back(shape[d]);
      for (size_t k = 0; k < N; ++k) out.strides[k].push_back(strides[k][d]);
    }
  }
  if (out.shape.empty()) {  // a single element
    out.shape.push_back(1);
    for (auto& s : out.strides) s.push_back(0);
  }
  return out;
}

// Calls run(offsets, n, inner_strides) for every innermost run of the coalesced loop;
// offsets are each operand's element offset at the run's start.
template <size_t N, class Run>
void strided_loop(const Shape& shape, const std::array<Shape, N>& strides, Run&& run) {
  if (numel(shape) == 0) return;
  LoopDims<N> dims = coalesce(shape, strides);
  const size_t rank = dims.shape.size();
  const int64_t inner = dims.shape[rank - 1];
  std::array<int64_t, N> inner_strides, offsets{};
  for (size_t k = 0; k < N; ++k) inner_strides[k] = dims.strides[k][rank - 1];
  Shape index(rank, 0);
  while (true) {
    run(offsets, inner, inner_strides);
    // Odometer step over the outer dims.
    size_t d = rank - 1;
    while (d-- > 0) {
      ++index[d];
      for (size_t k = 0; k < N; ++k) offsets[k] += dims.strides[k][d];
      if (index[d] < dims.shape[d]) break;
      for (size_t k = 0; k < N; ++k) offsets[k] -= dims.strides[k][d] * dims.shape[d];
      index[d] = 0;
    }
    if (d == size_t(-1)) return;
  }
}

}  // namespace gb
