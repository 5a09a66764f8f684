#include "tensor/shape.h"

#include "tensor/error.h"

namespace gb {

bool product_overflows(const Shape& shape, uint64_t* product) {
  bool overflow = false;
  for (int64_t d : shape) overflow |= __builtin_mul_overflow(*product, uint64_t(d), product);
  return overflow || *product > uint64_t(INT64_MAX);
}

int64_t numel(const Shape& shape) {
  uint64_t n = 1;
  if (product_overflows(shape, &n)) fail("numel: integer multiplication overflow");
  return int64_t(n);
}

Shape contiguous_strides(const Shape& shape) {
  Shape strides(shape.size());
  int64_t stride = 1;
  for (size_t i = shape.size(); i-- > 0;) {
    strides[i] = stride;
    stride *= shape[i] > 0 ? shape[i] : 1;
  }
  return strides;
}

std::string shape_str(const Shape& shape) {
  std::string s = "[";
  for (size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + "]";
}

Shape broadcast_shapes(const Shape& a, const Shape& b) {
  size_t rank = std::max(a.size(), b.size());
  Shape out(rank);
  for (size_t i = 0; i < rank; ++i) {
    int64_t da = i < a.size() ? a[a.size() - 1 - i] : 1;
    int64_t db = i < b.size() ? b[b.size() - 1 - i] : 1;
    if (da != db && da != 1 && db != 1)
      fail("The size of tensor a (", da, ") must match the size of tensor b (", db,
           ") at non-singleton dimension ", rank - 1 - i);
    out[rank - 1 - i] = da == 1 ? db : da;
  }
  return out;
}

Shape broadcast_strides(const Shape& shape, const Shape& strides, const Shape& target) {
  Shape out(target.size(), 0);
  size_t lead = target.size() - shape.size();
  for (size_t i = 0; i < shape.size(); ++i) out[lead + i] = shape[i] == 1 ? 0 : strides[i];
  return out;
}

int64_t wrap_dim(int64_t dim, int64_t rank) {
  int64_t r = rank > 0 ? rank : 1;  // a 0-dim tensor accepts dim 0 and -1
  if (dim < -r || dim >= r)
    fail_index("Dimension out of range (expected to be in range of [", -r, ", ", r - 1,
               "], but got ", dim, ")");
  return dim < 0 ? dim + r : dim;
}

int64_t wrap_existing_dim(int64_t dim, int64_t rank) {
  int64_t d = wrap_dim(dim, rank);
  if (rank == 0) fail_index("Dimension specified as ", d, " but tensor has no dimensions");
  return d;
}

uint64_t dim_mask(const std::vector<int64_t>& dims, int64_t rank) {
  if (dims.empty()) return rank >= 64 ? ~uint64_t{0} : (uint64_t{1} << rank) - 1;
  uint64_t mask = 0;
  for (int64_t d : dims) {
    int64_t w = wrap_dim(d, rank);
    if (mask >> w & 1) fail("dim ", w, " appears multiple times in the list of dims");
    mask |= uint64_t{1} << w;
  }
  return mask;
}

}  // namespace gb
