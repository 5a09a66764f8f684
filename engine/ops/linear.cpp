// addmm: bias + mat1 · mat2 in one op, the core of nn.Linear (PyTorch's linear calls
// addmm(bias, x, W.t()) for a 2-D input); baddbmm: the same for each entry of a batch
// (nn.MultiheadAttention adds a float attention mask to its scores this way).
//
// Shapes: bias: broadcastable to [n, m]; mat1: [n, k]; mat2: [k, m] → out: [n, m].
// Each output is one running sum over its k products in order, as the reference BLAS behind
// PyTorch's addmm rounds it; where the bias enters depends on mat2's layout (see
// bias_comes_first). Backward: dbias = Σ_rows g (summed to bias's shape),
// dmat1 = g · mat2ᵀ, dmat2 = mat1ᵀ · g.
#include <algorithm>

#include "autograd/record.h"
#include "kernels/matmul.h"
#include "ops/elementwise.h"

namespace gb {

namespace {

MatrixRef ref(const Tensor& t) { return {t.strides()[0], t.strides()[1]}; }

// out = a · b, or out += a · b continuing each running sum from out's value, for 2-D tensors
// of one floating dtype (a, b may be transposed views; out is contiguous); no history.
void multiply_into(Tensor& out, const Tensor& a, const Tensor& b, bool accumulate) {
  const int64_t n = a.size(0), m = b.size(1), k = a.size(1);
  if (a.dtype() == DType::Float32)
    matmul_f32(n, m, k, a.data<float>(), ref(a), b.data<float>(), ref(b), out.data<float>(), m, accumulate);
  else
    matmul_f64(n, m, k, a.data<double>(), ref(a), b.data<double>(), ref(b), out.data<double>(), m, accumulate);
}

Tensor matrix_product(const Tensor& a, const Tensor& b) {
  Tensor out = empty({a.size(0), b.size(1)}, a.dtype());
  multiply_into(out, a, b, false);
  return out;
}

// PyTorch hands a row-major [n, m] result to column-major BLAS as its transpose, making
// mat2 BLAS's first operand; a result of one column (m = 1) is column-major as it stands, and
// then mat1 is. When that operand is untransposed for BLAS (or has neither layout, so PyTorch
// copies it into the untransposed one), the reference gemm adds each product straight onto C,
// which already holds the bias; when it is transposed (nn.Linear's W.t(), or mat1 row-major
// for m = 1) gemm forms each dot product first and adds the bias last.
bool bias_comes_first(const Tensor& mat1, const Tensor& mat2) {
  auto laid_out = [](const Tensor& t, int inner, bool copy_is_untransposed) {
    const int outer = 1 - inner;
    if (t.strides()[size_t(inner)] == 1 && t.strides()[size_t(outer)] >= std::max<int64_t>(1, t.size(inner)))
      return true;  // untransposed for BLAS
    if (t.strides()[size_t(outer)] == 1 && t.strides()[size_t(inner)] >= std::max<int64_t>(1, t.size(outer)))
      return false;
    return copy_is_untransposed;
  };
  return mat2.size(1) == 1 ? laid_out(mat1, 0, false) : laid_out(mat2, 1, true);
}

Tensor transposed(const Tensor& t) {
  return make_view(t, {t.size(1), t.size(0)}, {t.strides()[1], t.strides()[0]}, t.impl()->offset);
}

void check_addmm(const Tensor& bias, const Tensor& mat1, const Tensor& mat2) {
  if (mat1.dim() != 2) fail("mat1 must be a matrix, got ", mat1.dim(), "-D tensor");
  if (mat2.dim() != 2) fail("mat2 must be a matrix, got ", mat2.dim(), "-D tensor");
  if (mat1.size(1) != mat2.size(0))
    fail("mat1 and mat2 shapes cannot be multiplied (", mat1.size(0), "x", mat1.size(1), " and ", mat2.size(0), "x",
         mat2.size(1), ")");
  if (mat1.dtype() != mat2.dtype()) fail("mat1 and mat2 must have the same dtype");
  if (bias.dtype() != mat2.dtype()) fail("self and mat2 must have the same dtype");
  if (!is_floating(mat1.dtype()) || mat1.dtype() == DType::Float16)
    fail("\"addmm_impl_cpu_\" not implemented for '", scalar_type_name(mat1.dtype()), "'");
  const Shape out{mat1.size(0), mat2.size(1)};
  bool expandable = bias.dim() <= 2;
  for (int64_t i = 0; expandable && i < bias.dim(); ++i) {
    const int64_t size = bias.shape()[size_t(bias.dim() - 1 - i)];
    expandable = size == 1 || size == out[size_t(1 - i)];
  }
  if (!expandable)
    fail("The expanded size of the tensor (", out[1], ") must match the existing size (", bias.shape().back(),
         ") at non-singleton dimension 1.  Target sizes: ", shape_str(out), ".  Tensor sizes: ", shape_str(bias.shape()));
}

// addmm's values, no history; `first` says where the bias enters (bias_comes_first).
Tensor addmm_values(const Tensor& bias, const Tensor& mat1, const Tensor& mat2, bool first) {
  if (first) {
    Tensor out = contiguous_copy(expand(bias, {mat1.size(0), mat2.size(1)}));
    multiply_into(out, mat1, mat2, true);
    return out;
  }
  Tensor product = matrix_product(mat1, mat2);
  return binary_map(product, bias, product.dtype(), product.dtype(), [](auto p, auto b) { return p + b; });
}

}  // namespace

Tensor addmm(const Tensor& bias, const Tensor& mat1, const Tensor& mat2) {
  check_addmm(bias, mat1, mat2);
  const bool first = bias_comes_first(mat1, mat2);
  // bfloat16: PyTorch's CPU gemm sums in float32 and rounds each output, bias added, once.
  const DType reduced = mat1.dtype();
  Tensor out = reduced == DType::BFloat16
                   ? to_dtype(addmm_values(widened(bias, reduced), widened(mat1, reduced), widened(mat2, reduced), first),
                              reduced)
                   : addmm_values(bias, mat1, mat2, first);
  if (needs_grad(bias, mat1, mat2))
    record("AddmmBackward0", out, {bias, mat1, mat2}, {mat1, mat2}, [bias_shape = bias.shape()](const BackwardContext& c) {
      const Tensor& g = c.grad();
      // A recording backward pass (create_graph) takes the recorded mm, as PyTorch's formula does;
      // so does bfloat16, which matrix_product does not compute.
      if (grad_enabled() || g.dtype() == DType::BFloat16)
        return Grads{c.needs(0) ? sum_to(g, bias_shape) : Tensor{}, c.needs(1) ? mm(g, t(c.saved(1))) : Tensor{},
                     c.needs(2) ? mm(t(c.saved(0)), g) : Tensor{}};
      return Grads{c.needs(0) ? sum_to(g, bias_shape) : Tensor{},
                   c.needs(1) ? matrix_product(g, transposed(c.saved(1))) : Tensor{},
                   c.needs(2) ? matrix_product(transposed(c.saved(0)), g) : Tensor{}};
    });
  return out;
}

// Shapes: bias: broadcastable to [b, n, m]; batch1: [b, n, k]; batch2: [b, k, m] → [b, n, m].
// PyTorch sums a small product (n·m·k < 400) in a plain loop that starts from the bias; a
// larger one goes through addmm's BLAS call per batch entry, so the layout rule decides.
Tensor baddbmm(const Tensor& bias, const Tensor& batch1, const Tensor& batch2) {
  if (batch1.dim() != 3) fail("batch1 must be a 3D tensor");
  if (batch2.dim() != 3) fail("batch2 must be a 3D tensor");
  const int64_t batches = batch1.size(0), n = batch1.size(1), k = batch1.size(2), m = batch2.size(2);
  if (batch2.size(0) != batches || batch2.size(1) != k)
    fail("Expected size for first two dimensions of batch2 tensor to be: [", batches, ", ", k, "] but got: [",
         batch2.size(0), ", ", batch2.size(1), "].");
  if (batch1.dtype() != batch2.dtype() || bias.dtype() != batch1.dtype())
    fail("expected scalar type ", scalar_type_name(bias.dtype()), " but found ",
         scalar_type_name(bias.dtype() != batch1.dtype() ? batch1.dtype() : batch2.dtype()));
  if (!is_floating(batch1.dtype()))
    fail("\"addbmm_impl_cpu_\" not implemented for '", scalar_type_name(batch1.dtype()), "'");
  Tensor out = contiguous_copy(expand(bias, {batches, n, m}));
  const bool small = n * m * k < 400;
  auto entry = [](const Tensor& t, int64_t i) {
    return make_view(t, {t.size(1), t.size(2)}, {t.strides()[1], t.strides()[2]}, t.impl()->offset + i * t.strides()[0]);
  };
  for (int64_t i = 0; i < batches; ++i) {
    Tensor a = entry(batch1, i), b = entry(batch2, i);
    Tensor c = entry(out, i);
    if (small || bias_comes_first(a, b)) {
      multiply_into(c, a, b, true);
    } else {
      Tensor product = matrix_product(a, b);
      copy_values(c, binary_map(product, c, c.dtype(), c.dtype(), [](auto p, auto s) { return p + s; }));
    }
  }
  if (needs_grad(bias, batch1, batch2))
    record("BaddbmmBackward0", out, {bias, batch1, batch2}, {batch1, batch2},
           [bias_shape = bias.shape()](const BackwardContext& c) {
             const Tensor& g = c.grad();
             return Grads{c.needs(0) ? sum_to(g, bias_shape) : Tensor{},
                          c.needs(1) ? bmm(g, transpose(c.saved(1), 1, 2)) : Tensor{},
                          c.needs(2) ? bmm(transpose(c.saved(0), 1, 2), g) : Tensor{}};
           });
  return out;
}

}  // namespace gb
