#include "tensor/overlap.h"

#include <algorithm>
#include <numeric>

#include "tensor/error.h"

namespace gb {

bool is_non_overlapping_and_dense(const Tensor& t) {
  const Shape& shape = t.shape();
  const Shape& strides = t.strides();
  // Dims by increasing stride; dims of size 0 or 1 do not count and go last.
  SmallVector<size_t, 6> order(shape.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (shape[a] < 2) return false;
    if (shape[b] < 2) return true;
    return strides[a] < strides[b];
  });
  int64_t expected = 1;
  for (size_t d : order) {
    if (shape[d] < 2) return true;
    if (strides[d] != expected) return false;
    expected *= shape[d];
  }
  return true;
}

void check_no_internal_overlap(const Tensor& out) {
  if (is_non_overlapping_and_dense(out)) return;
  for (size_t d = 0; d < out.shape().size(); ++d)
    if (out.strides()[d] == 0 && out.shape()[d] > 1)
      fail("unsupported operation: more than one element of the written-to tensor refers to a single memory "
           "location. Please clone() the tensor before performing the operation.");
}

void check_no_partial_overlap(const Tensor& out, const Tensor& input) {
  if (!input.defined() || out.is_same(input) || out.impl()->storage != input.impl()->storage) return;
  if (out.numel() == 0 || input.numel() == 0) return;
  if (!is_non_overlapping_and_dense(out) || !is_non_overlapping_and_dense(input)) return;
  const int64_t size = int64_t(element_size(out.dtype()));
  const int64_t out_begin = out.impl()->offset * size, out_end = out_begin + out.numel() * size;
  const int64_t in_size = int64_t(element_size(input.dtype()));
  const int64_t in_begin = input.impl()->offset * in_size, in_end = in_begin + input.numel() * in_size;
  bool same_elements = out_begin == in_begin && out_end == in_end && out.strides() == input.strides();
  if (!same_elements && out_begin < in_end && in_begin < out_end)
    fail("unsupported operation: some elements of the input tensor and the written-to tensor refer to a single "
         "memory location. Please clone() the tensor before performing the operation.");
}

}  // namespace gb
