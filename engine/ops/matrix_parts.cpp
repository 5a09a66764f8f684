// tril, triu, diagonal, diag, diag_embed, trace: the triangles and diagonals of matrices (the
// last two dims, or the chosen pair).
//
// Element (i, j) lies on diagonal j - i: tril keeps j - i ≤ k, triu j - i ≥ k. diagonal is a
// view; diag and diag_embed copy. Backward, with recorded ops as PyTorch's: tril/triu mask the
// gradient the same way; a diagonal's gradient is written onto the diagonal of zeros
// (DiagonalBackwardBackward0), a diagonal built from a vector (diag, diag_embed) sends back the
// diagonal of its gradient, and trace's is an index_fill of flat zeros.
#include <algorithm>
#include <limits>

#include "autograd/record.h"
#include "ops/elementwise.h"
#include "ops/reduce_shape.h"
#include "ops/region_view.h"

namespace gb {

namespace {

// The diagonal `offset` of dims d1, d2 of g, as a last dim (PyTorch's diagonal geometry).
Geometry diagonal_geometry(const Geometry& g, int64_t offset, int64_t d1, int64_t d2) {
  Geometry out{{}, {}, g.offset};
  int64_t length = offset >= 0 ? std::min(g.shape[size_t(d1)], g.shape[size_t(d2)] - offset)
                               : std::min(g.shape[size_t(d1)] + offset, g.shape[size_t(d2)]);
  length = std::max<int64_t>(length, 0);
  if (length > 0) out.offset += offset >= 0 ? offset * g.strides[size_t(d2)] : -offset * g.strides[size_t(d1)];
  for (size_t d = 0; d < g.shape.size(); ++d) {
    if (int64_t(d) == d1 || int64_t(d) == d2) continue;
    out.shape.push_back(g.shape[d]);
    out.strides.push_back(g.strides[d]);
  }
  out.shape.push_back(length);
  out.strides.push_back(g.strides[size_t(d1)] + g.strides[size_t(d2)]);
  return out;
}

// Zeros of `shape` with `values` written onto its diagonal `offset` of dims d1, d2.
Tensor onto_diagonal(const Tensor& values, const Shape& shape, int64_t offset, int64_t d1, int64_t d2) {
  Tensor out = zeros(shape, values.dtype());
  Geometry g = diagonal_geometry(geometry_of(out), offset, d1, d2);
  copy_values(make_view(out, g.shape, g.strides, g.offset), values);
  return out;
}

Tensor triangle(const Tensor& t, int64_t k, bool lower) {
  if (t.dim() < 2) wrap_dim(-2, t.dim());  // PyTorch's error for too few dims
  Tensor out = contiguous_copy(t);
  const int64_t rows = t.shape()[size_t(t.dim() - 2)], cols = t.shape()[size_t(t.dim() - 1)];
  const int64_t matrices = rows * cols > 0 ? out.numel() / (rows * cols) : 0;
  dispatch(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    T* o = out.data<T>();
    for (int64_t m = 0; m < matrices; ++m)
      for (int64_t i = 0; i < rows; ++i)
        for (int64_t j = 0; j < cols; ++j)
          if (lower ? j - i > k : j - i < k) o[(m * rows + i) * cols + j] = T(0);
  });
  if (needs_grad(t))
    record(lower ? "TrilBackward0" : "TriuBackward0", out, {t}, {}, [k, lower](const BackwardContext& c) {
      return Grads{lower ? tril(c.grad(), k) : triu(c.grad(), k)};
    });
  return out;
}

}  // namespace

Tensor tril(const Tensor& t, int64_t diagonal) { return triangle(t, diagonal, true); }
Tensor triu(const Tensor& t, int64_t diagonal) { return triangle(t, diagonal, false); }

Tensor diagonal(const Tensor& t, int64_t offset, int64_t dim1, int64_t dim2) {
  int64_t d1 = wrap_dim(dim1, t.dim()), d2 = wrap_dim(dim2, t.dim());
  if (d1 == d2) fail("diagonal dimensions cannot be identical ", dim1, ", ", dim2);
  auto region = [offset, d1, d2](const Geometry& g) { return diagonal_geometry(g, offset, d1, d2); };
  Tensor out = as_view(t, region(geometry_of(t)));
  if (needs_grad(t)) record_region("DiagonalBackward0", out, t, region);
  return out;
}

// A vector becomes a square matrix with it on diagonal `offset`; a matrix gives a copy of that
// diagonal. Backward: diag of the gradient for a vector (DiagBackward0), diagonal's gradient
// for a matrix (DiagonalBackwardBackward0), as PyTorch's diag_backward.
Tensor diag(const Tensor& t, int64_t offset) {
  if (t.dim() != 1 && t.dim() != 2) fail("matrix or a vector expected");
  Tensor out;
  if (t.dim() == 1) {
    const int64_t n = t.shape()[0] + (offset < 0 ? -offset : offset);
    out = onto_diagonal(detach(t), {n, n}, offset, 0, 1);
  } else {
    GradModeGuard no_grad(false);
    out = contiguous_copy(diagonal(t, offset, 0, 1));
  }
  if (needs_grad(t))
    record("DiagBackward0", out, {t}, {}, [shape = t.shape(), offset](const BackwardContext& c) {
      if (shape.size() == 1) return Grads{diag(c.grad(), offset)};
      return Grads{region_backward("DiagonalBackward0", c.grad(), shape,
                                   [offset](const Geometry& g) { return diagonal_geometry(g, offset, 0, 1); })};
    });
  return out;
}

// The last dim of t becomes diagonal `offset` of new dims dim1, dim2 of the result.
Tensor diag_embed(const Tensor& t, int64_t offset, int64_t dim1, int64_t dim2) {
  const int64_t rank = t.dim() + 1;
  int64_t d1 = wrap_dim(dim1, rank), d2 = wrap_dim(dim2, rank);
  if (d1 == d2) fail("diagonal dimensions cannot be identical ", dim1, ", ", dim2);
  const int64_t n = (t.dim() ? t.shape().back() : 1) + (offset < 0 ? -offset : offset);
  Shape shape;
  for (int64_t d = 0, from = 0; d < rank; ++d) shape.push_back(d == d1 || d == d2 ? n : t.shape()[size_t(from++)]);
  Tensor out = onto_diagonal(detach(t), shape, offset, d1, d2);
  if (needs_grad(t))
    record("DiagEmbedBackward0", out, {t}, {}, [offset, d1, d2](const BackwardContext& c) {
      return Grads{diagonal(c.grad(), offset, d1, d2)};
    });
  return out;
}

// Σ of the main diagonal, accumulated in double (int64 for integers) as PyTorch's kernel does.
// Backward: PyTorch's trace_backward fills the gradient into flat zeros at every (cols + 1)-th
// place (IndexFillBackward1) and views them as the matrix: a matrix with more rows than
// columns gets the gradient at places below the diagonal too, as in PyTorch 1.13.
Tensor trace(const Tensor& t) {
  if (t.dim() != 2) fail("trace: expected a matrix, but got tensor with dim ", t.dim());
  DType out_type = is_floating(t.dtype()) ? t.dtype() : DType::Int64;
  Tensor out = empty({}, out_type);
  const int64_t n = std::min(t.shape()[0], t.shape()[1]), step = t.strides()[0] + t.strides()[1];
  dispatch(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    using Acc = std::conditional_t<std::is_floating_point_v<T>, double, int64_t>;
    Acc acc = 0;
    for (int64_t i = 0; i < n; ++i) acc += Acc(t.data<T>()[i * step]);
    dispatch(out_type, [&](auto out_tag) { *out.data<decltype(out_tag)>() = decltype(out_tag)(acc); });
  });
  if (needs_grad(t))
    record("TraceBackward0", out, {t}, {}, [shape = t.shape()](const BackwardContext& c) {
      const int64_t count = shape[0] * shape[1];
      Tensor places = arange(0, double(count), double(shape[1] + 1), DType::Int64);
      return Grads{view(index_fill_(zeros({count}, c.grad().dtype()), 0, places, c.grad(), true), shape)};
    });
  return out;
}

// log Σ exp(x) over dims, shifted by the maximum (an infinite maximum by 0) so no exp
// overflows; integers are reduced as the default float dtype.
Tensor logsumexp(const Tensor& t, const std::vector<int64_t>& dims, bool keepdim) {
  Tensor x = is_floating(t.dtype()) ? t : to_dtype(t, default_dtype());
  uint64_t mask = dim_mask(dims, x.dim());
  Tensor out;
  {
    GradModeGuard no_grad(false);
    Tensor in = detach(x);
    if (in.numel() == 0) {
      out = log(sum(exp(in), dims, keepdim));
    } else {
      Tensor shift = amax(in, dims, true);
      shift = masked_fill(shift, eq(abs(shift), wrapped_scalar(std::numeric_limits<double>::infinity(), DType::Float64)),
                          wrapped_scalar(0, DType::Int64), false);
      Tensor logged = log(sum(exp(sub(in, shift)), dims, keepdim));
      out = add(logged, keepdim ? shift : view(shift, logged.shape()));
    }
  }
  if (needs_grad(x))
    record("LogsumexpBackward0", out, {x}, {x, out}, [mask, keepdim](const BackwardContext& c) {
      const Tensor& in = c.saved(0);
      Tensor g = restore_dims(c.grad(), in.shape(), mask, keepdim);
      Tensor result = restore_dims(c.saved(1), in.shape(), mask, keepdim);
      return Grads{mul(g, exp(sub(in, result)))};
    });
  return out;
}

}  // namespace gb
