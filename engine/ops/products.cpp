// cross (the vector product of 3-vectors along a dim) and kron (the Kronecker product).
//
// Shapes: cross: two tensors of the same rank with size 3 along dim, the other dims broadcast;
// kron: [a0, a1, ..] ⊗ [b0, b1, ..] → [a0·b0, a1·b1, ..], the shorter shape padded with
// leading 1s.
// Backward: cross's is LinalgCrossBackward0, d/da = cross(b, grad), d/db = cross(grad, a),
// recorded; kron is built from recorded views and mul, as PyTorch builds it.
#include <algorithm>
#include <type_traits>

#include "autograd/record.h"
#include "kernels/fused_multiply_add.h"
#include "ops/elementwise.h"
#include "tensor/error.h"

namespace gb {

namespace {

// x·y − z·w as PyTorch's CPU kernel (built with FMA) computes it: the first product is fused
// into the subtraction of the second.
template <class T>
T fused_difference(T x, T y, T z, T w) {
  if constexpr (std::is_floating_point_v<T>) return fused_multiply_add(x, y, -(z * w));
  else return T(x * y - z * w);
}

// out = a × b along d, a and b already broadcast to out's shape.
void cross_into(const Tensor& out, const Tensor& a, const Tensor& b, int64_t d) {
  // The 3-vectors made contiguous by swapping dim d with the last one (and back afterwards).
  const int64_t last = out.dim() - 1;
  Tensor moved_a = contiguous_copy(transpose(a, d, last)), moved_b = contiguous_copy(transpose(b, d, last));
  Tensor result = empty(moved_a.shape(), out.dtype());
  dispatch(out.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* x = moved_a.data<T>();
    const T* y = moved_b.data<T>();
    T* r = result.data<T>();
    for (int64_t i = 0; i < result.numel(); i += 3, x += 3, y += 3, r += 3) {
      r[0] = fused_difference(x[1], y[2], x[2], y[1]);
      r[1] = fused_difference(x[2], y[0], x[0], y[2]);
      r[2] = fused_difference(x[0], y[1], x[1], y[0]);
    }
  });
  copy_values(out, transpose(result, d, last));
}

}  // namespace

Tensor linalg_cross(const Tensor& a, const Tensor& b, int64_t dim) {
  if (a.dim() != b.dim()) fail("linalg.cross: inputs must have the same number of dimensions.");
  const int64_t d = wrap_dim(dim, a.dim());
  if (a.shape()[size_t(d)] != 3 || b.shape()[size_t(d)] != 3)
    fail("linalg.cross: inputs dimension ", d, " must have length 3. Got ", a.shape()[size_t(d)], " and ",
         b.shape()[size_t(d)]);
  if (a.dtype() != b.dtype())
    fail("expected scalar type ", scalar_type_name(a.dtype()), " but found ", scalar_type_name(b.dtype()));
  const Shape shape = broadcast_shapes(a.shape(), b.shape());
  Tensor out = empty(shape, a.dtype());
  cross_into(out, expand(detach(a), shape), expand(detach(b), shape), d);
  if (needs_grad(a, b))
    record("LinalgCrossBackward0", out, {a, b}, {a, b}, [d, oa = Operand(a), ob = Operand(b)](const BackwardContext& c) {
      return Grads{c.needs(0) ? reduce_grad(linalg_cross(c.saved(1), c.grad(), d), oa) : Tensor{},
                   c.needs(1) ? reduce_grad(linalg_cross(c.grad(), c.saved(0), d), ob) : Tensor{}};
    });
  return out;
}

// Without a dim, the first dim of a of size 3.
Tensor cross(const Tensor& a, const Tensor& b, std::optional<int64_t> dim) {
  if (!dim) {
    for (int64_t i = 0; i < a.dim() && !dim; ++i)
      if (a.shape()[size_t(i)] == 3) dim = i;
    if (!dim) fail("no dimension of size 3 in input");
  }
  return linalg_cross(a, b, *dim);
}

// a's dims interleaved with 1s, b's with 1s in the other places, multiplied: every a element
// times every b element, then viewed as the product shape.
Tensor kron(const Tensor& a, const Tensor& b) {
  const int64_t rank = std::max(a.dim(), b.dim());
  Shape a_shape(size_t(2 * rank), 1), b_shape(size_t(2 * rank), 1), shape(size_t(rank), 1);
  for (int64_t i = 0; i < rank; ++i) {
    const int64_t pad_a = rank - a.dim(), pad_b = rank - b.dim();
    a_shape[size_t(2 * i)] = i >= pad_a ? a.shape()[size_t(i - pad_a)] : 1;
    b_shape[size_t(2 * i + 1)] = i >= pad_b ? b.shape()[size_t(i - pad_b)] : 1;
    shape[size_t(i)] = a_shape[size_t(2 * i)] * b_shape[size_t(2 * i + 1)];
  }
  return unsafe_view(mul(unsafe_view(a, a_shape), unsafe_view(b, b_shape)), shape);
}

}  // namespace gb
