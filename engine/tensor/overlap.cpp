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

namespace {

enum class Overlap { None, Full, Partial, TooHard };

// PyTorch's get_overlap_status: only dense tensors are compared; the others are too hard to tell.
Overlap overlap(const Tensor& a, const Tensor& b) {
  if (a.is_same(b)) return Overlap::Full;
  if (a.numel() == 0 || b.numel() == 0) return Overlap::None;
  if (!is_non_overlapping_and_dense(a) || !is_non_overlapping_and_dense(b)) return Overlap::TooHard;
  if (a.impl()->storage != b.impl()->storage) return Overlap::None;
  const int64_t a_size = int64_t(element_size(a.dtype())), b_size = int64_t(element_size(b.dtype()));
  const int64_t a_begin = a.impl()->offset * a_size, a_end = a_begin + a.numel() * a_size;
  const int64_t b_begin = b.impl()->offset * b_size, b_end = b_begin + b.numel() * b_size;
  if (a_begin == b_begin && a_end == b_end) return a.strides() == b.strides() ? Overlap::Full : Overlap::Partial;
  return a_begin < b_end && b_begin < a_end ? Overlap::Partial : Overlap::None;
}

[[noreturn]] void fail_overlap() {
  fail("unsupported operation: some elements of the input tensor and the written-to tensor refer to a single "
       "memory location. Please clone() the tensor before performing the operation.");
}

}  // namespace

void check_no_partial_overlap(const Tensor& out, const Tensor& input) {
  if (input.defined() && overlap(out, input) == Overlap::Partial) fail_overlap();
}

void check_no_overlap(const Tensor& out, const Tensor& input) {
  Overlap o = overlap(out, input);
  if (o == Overlap::Full || o == Overlap::Partial) fail_overlap();
}

}  // namespace gb
