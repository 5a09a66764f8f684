#pragma once
// Floating-point sums in exactly the order PyTorch's CPU kernel adds (its "cascade sum" with
// AVX2 vectors, one thread), so a sum prints the same digits as PyTorch's, not merely close
// ones: a float32 sum of a few hundred values is near 1e2, where one rounding step is 1e-5
// and moves the fourth printed decimal in a good share of cases.
//
// The order, as PyTorch's reduction iterator sets it up:
//   - dims of size 1 drop out; reduced dims go innermost (smaller input stride first), kept
//     dims after them (smaller output stride first); neighbours that are contiguous in both
//     operands merge;
//   - the two innermost dims form a 2-D block [size0 × size1]; outer dims loop over blocks,
//     and every block adds its sums into the (zeroed) output;
//   - a block sums along its reduced dim either with vectors of W lanes (8 floats or
//     4 doubles) when its rows or its columns are contiguous, or element by element;
//   - every run of additions is chunked into levels (cascade): chunks of 2^p terms are
//     summed, their sums summed in chunks, and so on, with four interleaved accumulators.
// Lane-wise vector arithmetic is exact to emulate, so the wasm build runs it with SIMD.
#include <cstdint>

#include "tensor/shape.h"

namespace gb {

// out[j] = Σ in[i] over the input elements i that map to output slot j. `out` is dense and
// keepdim-shaped; out_strides are the input-shaped strides of reduced_strides() (0 on
// reduced dims). Integer types sum in any order (exact); floats in PyTorch's order.
void cascade_sum(float* out, int64_t out_numel, const Shape& out_strides, const float* in, const Shape& shape,
                 const Shape& in_strides);
void cascade_sum(double* out, int64_t out_numel, const Shape& out_strides, const double* in, const Shape& shape,
                 const Shape& in_strides);

}  // namespace gb
