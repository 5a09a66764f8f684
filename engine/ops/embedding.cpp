// Embedding lookup: the rows of a weight table picked by integer indices.
//
// Shapes: weight [N, D], indices [..S] (int64 or int32) → [..S, D]. Backward: dweight[i] is
// the sum, in index order, of the gradient rows at the positions where indices == i; the row
// at padding_idx (if any, else -1) gets no gradient.
#include "autograd/record.h"
#include "ops/ops.h"
#include "tensor/error.h"

namespace gb {

Tensor embedding(const Tensor& weight, const Tensor& indices, int64_t padding_idx) {
  if (indices.dtype() != DType::Int64 && indices.dtype() != DType::Int32)
    fail("Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got ",
         legacy_type_name(indices.dtype()), " instead (while checking arguments for embedding)");
  if (weight.dim() != 2) fail("'weight' must be 2-D");
  const Tensor flat = reshape(indices, {-1});
  Shape shape = indices.shape();
  shape.push_back(weight.shape()[1]);
  Tensor out = reshape(index_select(detach(weight), 0, flat), shape);
  if (needs_grad(weight))
    record("EmbeddingBackward0", out, {weight}, {}, [flat, padding_idx, rows = weight.shape()[0]](const BackwardContext& c) {
      const int64_t width = c.grad().shape().back();
      Tensor g = reshape(c.grad(), {-1, width});
      if (padding_idx >= 0)
        g = where(unsqueeze(ne(flat, wrapped_scalar(double(padding_idx), DType::Int64)), 1), g,
                  zeros({}, g.dtype()));
      return Grads{index_put_(zeros({rows, width}, g.dtype()), {flat}, g, true)};
    });
  return out;
}

}  // namespace gb
