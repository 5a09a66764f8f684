#pragma once
// Shapes, strides and the shape algebra every op shares: broadcasting, dim wrapping.
#include <cstdint>
#include <string>
#include <vector>

#include "tensor/small_vector.h"

namespace gb {

// Sizes or strides, one per dim. Up to six dims live inside the object (no allocation).
using Shape = SmallVector<int64_t, 6>;

// Multiplies *product by the sizes (non-negative), as PyTorch checks a tensor's size: in 64-bit
// unsigned arithmetic, left to right, and an overflow on the way counts even if a later zero
// brings the product back. Returns whether it overflowed or ended above 2^63 - 1.
bool product_overflows(const Shape& shape, uint64_t* product);
// Throws PyTorch's "numel: integer multiplication overflow" past 2^63 - 1 elements.
int64_t numel(const Shape& shape);
Shape contiguous_strides(const Shape& shape);

// "[2, 3]" — the form PyTorch uses in error messages.
std::string shape_str(const Shape& shape);

// Right-aligned broadcasting; throws PyTorch's "The size of tensor a (2) must match ..." error.
Shape broadcast_shapes(const Shape& a, const Shape& b);

// Strides that read a tensor of `shape`/`strides` as if it had `target` shape (0 on broadcast dims).
Shape broadcast_strides(const Shape& shape, const Shape& strides, const Shape& target);

// Maps a possibly negative dim into [0, rank); throws PyTorch's IndexError otherwise.
int64_t wrap_dim(int64_t dim, int64_t rank);

// wrap_dim for an op that needs a dim to exist (unbind, unflatten): a 0-dim tensor accepts 0 and
// -1 as usual, then refuses with PyTorch's IndexError naming the wrapped dim.
int64_t wrap_existing_dim(int64_t dim, int64_t rank);

// A set of reduced dims as a bitmask over [0, rank); an empty list means every dim.
uint64_t dim_mask(const std::vector<int64_t>& dims, int64_t rank);

}  // namespace gb
