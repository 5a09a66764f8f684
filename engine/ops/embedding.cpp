// Embedding lookup: the rows of a weight table picked by integer indices.
//
// Shapes: weight [N, D], indices [..S] (int64 or int32) → [..S, D]. Backward: dweight[i] is
// the sum, in index order, of the gradient rows at the positions where indices == i; the row
// at padding_idx (if any, else -1) gets no gradient.
#include "autograd/grad_mode.h"
#include "autograd/record.h"
#include "ops/ops.h"
#include "tensor/error.h"

namespace gb {

namespace {

// PyTorch's embedding_dense_backward: the gradient rows added into zeros of the weight's shape
// at their indices. An op of its own (EmbeddingDenseBackwardBackward0) whose derivative picks
// the rows again, zero at padding_idx (PyTorch's embedding_dense_double_backward).
Tensor embedding_dense_backward(const Tensor& grad, const Tensor& flat, int64_t padding_idx, int64_t rows) {
  const int64_t width = grad.shape().back();
  auto is_padding = [flat, padding_idx] { return unsqueeze(eq(flat, wrapped_scalar(double(padding_idx), DType::Int64)), 1); };
  Tensor out;
  {
    GradModeGuard no_grad(false);
    Tensor g = reshape(detach(grad), {-1, width});
    if (padding_idx >= 0) g = masked_fill(g, is_padding(), zeros({}, g.dtype()), false);
    out = index_put_(zeros({rows, width}, g.dtype()), {flat}, g, true);
  }
  if (needs_grad(grad))
    record("EmbeddingDenseBackwardBackward0", out, {grad}, {},
           [flat, padding_idx, is_padding, shape = grad.shape()](const BackwardContext& c) {
             Tensor picked = index_select(c.grad(), 0, flat);
             if (padding_idx >= 0) masked_fill_(picked, is_padding(), zeros({}, picked.dtype()), false);
             return Grads{view(picked, shape)};
           });
  return out;
}

}  // namespace

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
      return Grads{embedding_dense_backward(c.grad(), flat, padding_idx, rows)};
    });
  return out;
}

}  // namespace gb
