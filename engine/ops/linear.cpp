// addmm: bias + mat1 · mat2 in one op, the core of nn.Linear (PyTorch's linear calls
// addmm(bias, x, W.t()) for a 2-D input).
//
// Shapes: bias: broadcastable to [n, m]; mat1: [n, k]; mat2: [k, m] → out: [n, m].
// Each output sums its k products in order, then adds the bias, as the BLAS call behind
// PyTorch's addmm rounds it. Backward: dbias = Σ_rows g (summed to bias's shape),
// dmat1 = g · mat2ᵀ, dmat2 = mat1ᵀ · g.
#include "autograd/record.h"
#include "kernels/matmul.h"
#include "ops/elementwise.h"

namespace gb {

namespace {

MatrixRef ref(const Tensor& t) { return {t.strides()[0], t.strides()[1]}; }

// a · b for 2-D tensors of one floating dtype (either may be a transposed view); no history.
Tensor matrix_product(const Tensor& a, const Tensor& b) {
  Tensor out = empty({a.size(0), b.size(1)}, a.dtype());
  const int64_t n = a.size(0), m = b.size(1), k = a.size(1);
  if (a.dtype() == DType::Float32)
    matmul_f32(n, m, k, a.data<float>(), ref(a), b.data<float>(), ref(b), out.data<float>(), m, false);
  else
    matmul_f64(n, m, k, a.data<double>(), ref(a), b.data<double>(), ref(b), out.data<double>(), m, false);
  return out;
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
  if (!is_floating(mat1.dtype()))
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

}  // namespace

Tensor addmm(const Tensor& bias, const Tensor& mat1, const Tensor& mat2) {
  check_addmm(bias, mat1, mat2);
  Tensor product = matrix_product(mat1, mat2);
  Tensor out = binary_map(product, bias, product.dtype(), product.dtype(), [](auto p, auto b) { return p + b; });
  if (needs_grad(bias, mat1, mat2))
    record("AddmmBackward0", out, {bias, mat1, mat2}, {mat1, mat2}, [bias_shape = bias.shape()](const BackwardContext& c) {
      const Tensor& g = c.grad();
      return Grads{c.needs(0) ? sum_to(g, bias_shape) : Tensor{},
                   c.needs(1) ? matrix_product(g, transposed(c.saved(1))) : Tensor{},
                   c.needs(2) ? matrix_product(transposed(c.saved(0)), g) : Tensor{}};
    });
  return out;
}

}  // namespace gb
