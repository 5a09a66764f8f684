#pragma once
// Memory overlap, as PyTorch checks it before an elementwise op writes into a tensor: a
// written-to tensor may not hold one memory location twice (an expanded tensor does), and an
// input may not overlap it partly (it may be the same elements laid out the same way).
#include "tensor/tensor.h"

namespace gb {

// Whether the elements fill a block of memory exactly once, in some order of the dims.
bool is_non_overlapping_and_dense(const Tensor& t);

// PyTorch's "more than one element of the written-to tensor refers to a single memory location".
void check_no_internal_overlap(const Tensor& out);
// PyTorch's "some elements of the input tensor and the written-to tensor refer to a single
// memory location". Only dense tensors are compared, as in PyTorch (the others are too hard to
// tell and pass).
void check_no_partial_overlap(const Tensor& out, const Tensor& input);
// The same error when they overlap at all, even as the same elements laid out the same way:
// for ops that read an input while they write elsewhere in the output (index_put_).
void check_no_overlap(const Tensor& out, const Tensor& input);

}  // namespace gb
