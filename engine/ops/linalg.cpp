// Matrix products: mm, bmm, mv, dot, outer, and matmul, which PyTorch builds out of them.
//
// Every product runs on kernels/matmul.h's strided kernel: transposed and broadcast operands
// are passed by their strides, never copied. Backward formulas (G: the incoming gradient):
//   mm   C = A·B       dA = G·Bᵀ            dB = Aᵀ·G
//   bmm  per batch, the same
//   mv   y = A·x       dA = G ⊗ x (outer)   dx = Aᵀ·G
//   dot  s = a·b       da = G·b             db = G·a
// A formula saves an operand only when the other operand's gradient needs it, as PyTorch does,
// so an in-place change of an operand no gradient depends on is no error.
#include "autograd/record.h"
#include "kernels/matmul.h"
#include "ops/ops.h"
#include "tensor/error.h"

namespace gb {

namespace {

// A matrix operand: its first element and its row/column strides (a 1-D tensor is one row
// or one column of a matrix).
struct Operand {
  const std::byte* data;
  MatrixRef ref;
};

// Integer products are rare in lessons and need exact wrap-around arithmetic, so they take a
// plain loop rather than the float kernel.
template <class T>
void matmul_integral(int64_t M, int64_t N, int64_t K, const T* A, MatrixRef a, const T* B, MatrixRef b, T* C,
                     int64_t ldc) {
  for (int64_t i = 0; i < M; ++i)
    for (int64_t j = 0; j < N; ++j) {
      T acc = 0;
      for (int64_t k = 0; k < K; ++k) acc = T(acc + A[i * a.row_stride + k * a.col_stride] * B[k * b.row_stride + j * b.col_stride]);
      C[i * ldc + j] = acc;
    }
}

// bfloat16 products as PyTorch's CPU fallback forms them: each sum over k in order, in float32,
// rounded once.
template <class T>
void matmul_reduced(int64_t M, int64_t N, int64_t K, const T* A, MatrixRef a, const T* B, MatrixRef b, T* C,
                    int64_t ldc) {
  for (int64_t i = 0; i < M; ++i)
    for (int64_t j = 0; j < N; ++j) {
      float acc = 0;
      for (int64_t k = 0; k < K; ++k)
        acc += A[i * a.row_stride + k * a.col_stride].to_float() * B[k * b.row_stride + j * b.col_stride].to_float();
      C[i * ldc + j] = T::from(acc);
    }
}

// bfloat16 products in c10::BFloat16 arithmetic, as PyTorch's own gemm accumulates c += a·b
// over k: each product and each partial sum rounded to bfloat16.
void matmul_bfloat16_steps(int64_t M, int64_t N, int64_t K, const BFloat16* A, MatrixRef a, const BFloat16* B,
                           MatrixRef b, BFloat16* C, int64_t ldc) {
  const auto rounded = [](float v) { return BFloat16::from(v).to_float(); };
  for (int64_t i = 0; i < M; ++i)
    for (int64_t j = 0; j < N; ++j) {
      float acc = 0;
      for (int64_t k = 0; k < K; ++k)
        acc = rounded(acc + rounded(A[i * a.row_stride + k * a.col_stride].to_float() *
                                    B[k * b.row_stride + j * b.col_stride].to_float()));
      C[i * ldc + j] = BFloat16::from(acc);
    }
}

// Whether PyTorch 1.13 (on a CPU with bfloat16 dot products, as this engine's reference) forms a
// bfloat16 mm in bfloat16 steps: a product of more than 16·16·16 multiply-adds goes to oneDNN,
// which sums in float32 in order and rounds once; a smaller one takes PyTorch's own gemm, which
// does the same for a row-major a and a column-major b (dot products) and otherwise
// accumulates c += a·b in bfloat16 (matmul_bfloat16_steps). Measured on all four layouts.
bool mm_in_bfloat16_steps(const Tensor& a, const Tensor& b, int64_t M, int64_t N, int64_t K) {
  const auto column_major = [](const Tensor& t) { return t.strides()[0] == 1 && t.strides()[1] != 1; };
  return a.dtype() == DType::BFloat16 && M * N * K <= 16 * 16 * 16 && !(!column_major(a) && column_major(b));
}

// C (dense M×N, row stride ldc) = A (M×K) · B (K×N).
void gemm(DType dtype, int64_t M, int64_t N, int64_t K, Operand a, Operand b, std::byte* c, int64_t ldc) {
  if (dtype == DType::BFloat16) {
    auto A = reinterpret_cast<const BFloat16*>(a.data), B = reinterpret_cast<const BFloat16*>(b.data);
    return matmul_reduced(M, N, K, A, a.ref, B, b.ref, reinterpret_cast<BFloat16*>(c), ldc);
  }
  dispatch(dtype, [&](auto tag) {
    using T = decltype(tag);
    auto A = reinterpret_cast<const T*>(a.data);
    auto B = reinterpret_cast<const T*>(b.data);
    auto C = reinterpret_cast<T*>(c);
    if constexpr (std::is_same_v<T, float>) matmul_f32(M, N, K, A, a.ref, B, b.ref, C, ldc, false);
    else if constexpr (std::is_same_v<T, double>) matmul_f64(M, N, K, A, a.ref, B, b.ref, C, ldc, false);
    else if constexpr (!std::is_same_v<T, bool>) matmul_integral(M, N, K, A, a.ref, B, b.ref, C, ldc);
  });
}

Operand matrix(const Tensor& t) { return {t.raw(), {t.strides()[0], t.strides()[1]}}; }
Operand row(const Tensor& t) { return {t.raw(), {0, t.strides()[0]}}; }
Operand column(const Tensor& t) { return {t.raw(), {t.strides()[0], 0}}; }

void check_same_dtype(const Tensor& a, const Tensor& b) {
  if (a.dtype() != b.dtype())
    fail("expected scalar type ", scalar_type_name(a.dtype()), " but found ", scalar_type_name(b.dtype()));
}

// PyTorch's CPU products have no kernel for bool, nor for float16.
void check_has_kernel(const Tensor& t, const char* kernel) {
  if (t.dtype() == DType::Bool || t.dtype() == DType::Float16)
    fail("\"", kernel, "\" not implemented for '", scalar_type_name(t.dtype()), "'");
}

// The saved operand that the other's gradient needs (undefined if it needs none).
Tensor saved_if(const Tensor& t, bool needed) { return needed ? t : Tensor{}; }

}  // namespace

Tensor mm(const Tensor& a, const Tensor& b) {
  if (a.dim() != 2) fail("self must be a matrix");
  if (b.dim() != 2) fail("mat2 must be a matrix");
  if (a.shape()[1] != b.shape()[0])
    fail("mat1 and mat2 shapes cannot be multiplied (", a.shape()[0], "x", a.shape()[1], " and ", b.shape()[0], "x",
         b.shape()[1], ")");
  check_same_dtype(a, b);
  check_has_kernel(a, "addmm_impl_cpu_");
  int64_t M = a.shape()[0], K = a.shape()[1], N = b.shape()[1];
  Tensor out = empty({M, N}, a.dtype());
  if (mm_in_bfloat16_steps(a, b, M, N, K))
    matmul_bfloat16_steps(M, N, K, reinterpret_cast<const BFloat16*>(a.raw()), matrix(a).ref,
                          reinterpret_cast<const BFloat16*>(b.raw()), matrix(b).ref, reinterpret_cast<BFloat16*>(out.raw()), N);
  else
    gemm(a.dtype(), M, N, K, matrix(a), matrix(b), out.raw(), N);
  if (needs_grad(a, b))
    record("MmBackward0", out, {a, b}, {saved_if(a, b.requires_grad()), saved_if(b, a.requires_grad())},
           [](const BackwardContext& c) {
             return Grads{c.needs(0) ? mm(c.grad(), t(c.saved(1))) : Tensor{},
                          c.needs(1) ? mm(t(c.saved(0)), c.grad()) : Tensor{}};
           });
  return out;
}

Tensor bmm(const Tensor& a, const Tensor& b) {
  if (a.dim() != 3) fail("batch1 must be a 3D tensor");
  if (b.dim() != 3) fail("batch2 must be a 3D tensor");
  int64_t B = a.shape()[0], M = a.shape()[1], K = a.shape()[2], N = b.shape()[2];
  if (b.shape()[0] != B || b.shape()[1] != K)
    fail("Expected size for first two dimensions of batch2 tensor to be: [", B, ", ", K, "] but got: [", b.shape()[0],
         ", ", b.shape()[1], "].");
  check_same_dtype(a, b);
  check_has_kernel(a, "bmm");
  Tensor out = empty({B, M, N}, a.dtype());
  int64_t item = int64_t(element_size(a.dtype()));
  for (int64_t i = 0; i < B; ++i) {
    Operand ai{a.raw() + i * a.strides()[0] * item, {a.strides()[1], a.strides()[2]}};
    Operand bi{b.raw() + i * b.strides()[0] * item, {b.strides()[1], b.strides()[2]}};
    gemm(a.dtype(), M, N, K, ai, bi, out.raw() + i * M * N * item, N);
  }
  if (needs_grad(a, b))
    record("BmmBackward0", out, {a, b}, {saved_if(a, b.requires_grad()), saved_if(b, a.requires_grad())},
           [](const BackwardContext& c) {
             return Grads{c.needs(0) ? bmm(c.grad(), transpose(c.saved(1), 1, 2)) : Tensor{},
                          c.needs(1) ? bmm(transpose(c.saved(0), 1, 2), c.grad()) : Tensor{}};
           });
  return out;
}

Tensor mv(const Tensor& m, const Tensor& v) {
  if (m.dim() != 2 || v.dim() != 1)
    fail("vector + matrix @ vector expected, got 1, ", m.dim(), ", ", v.dim());
  if (m.shape()[1] != v.shape()[0])
    fail("size mismatch, got ", m.shape()[0], ", ", m.shape()[0], "x", m.shape()[1], ",", v.shape()[0]);
  check_same_dtype(m, v);
  check_has_kernel(m, "addmv_impl_cpu");
  int64_t M = m.shape()[0], K = m.shape()[1];
  Tensor out = empty({M}, m.dtype());
  gemm(m.dtype(), M, 1, K, matrix(m), column(v), out.raw(), 1);
  if (needs_grad(m, v))
    record("MvBackward0", out, {m, v}, {saved_if(m, v.requires_grad()), saved_if(v, m.requires_grad())},
           [](const BackwardContext& c) {
             return Grads{c.needs(0) ? mm(unsqueeze(c.grad(), 1), unsqueeze(c.saved(1), 0)) : Tensor{},
                          c.needs(1) ? mv(t(c.saved(0)), c.grad()) : Tensor{}};
           });
  return out;
}

Tensor dot(const Tensor& a, const Tensor& b) {
  if (a.dim() != 1 || b.dim() != 1)
    fail("1D tensors expected, but got ", a.dim(), "D and ", b.dim(), "D tensors");
  if (a.dtype() != b.dtype())
    fail("dot : expected both vectors to have same dtype, but found ", scalar_type_name(a.dtype()), " and ",
         scalar_type_name(b.dtype()));
  if (a.numel() != b.numel())
    fail("inconsistent tensor size, expected tensor [", a.numel(), "] and src [", b.numel(),
         "] to have the same number of elements, but got ", a.numel(), " and ", b.numel(), " elements respectively");
  check_has_kernel(a, "dot");
  Tensor out = empty({}, a.dtype());
  gemm(a.dtype(), 1, 1, a.numel(), row(a), column(b), out.raw(), 1);
  if (needs_grad(a, b))
    record("DotBackward0", out, {a, b}, {saved_if(a, b.requires_grad()), saved_if(b, a.requires_grad())},
           [](const BackwardContext& c) {
             return Grads{c.needs(0) ? mul(c.grad(), c.saved(1)) : Tensor{},
                          c.needs(1) ? mul(c.grad(), c.saved(0)) : Tensor{}};
           });
  return out;
}

// PyTorch computes it as a broadcast product: a.reshape(-1, 1) * b.
Tensor outer(const Tensor& a, const Tensor& b) {
  if (a.dim() != 1) fail("outer: Expected 1-D argument self, but got ", a.dim(), "-D");
  if (b.dim() != 1) fail("outer: Expected 1-D argument vec2, but got ", b.dim(), "-D");
  return mul(reshape(a, {a.shape()[0], 1}), b);
}

namespace {

// Whether a ≥3-D operand against a 1-D/2-D one can be folded into one matrix product. A 3-D
// operand whose matrices are transposed in place (as from permute(0, 2, 1)) goes to bmm instead.
bool should_fold(const Tensor& t1, int64_t other_dim) {
  if (t1.dim() < 3 || other_dim > 2) return false;
  const Shape& size = t1.shape();
  const Shape& stride = t1.strides();
  return !(t1.dim() == 3 && other_dim == 2 && stride.back() != 1 && stride.front() == size[1] * size[2]);
}

}  // namespace

// PyTorch's decomposition, so that the graph (and grad_fn names) match:
//   1-D @ 1-D → dot; 2-D @ 1-D → mv; 1-D @ 2-D → unsqueeze, mm, squeeze_; 2-D @ 2-D → mm;
//   a ≥3-D operand against a 1-D/2-D one → its batch dims folded into rows, then mm/mv;
//   otherwise batch dims broadcast, both sides expanded and reshaped to 3-D, then bmm.
Tensor matmul(const Tensor& a, const Tensor& b) {
  int64_t da = a.dim(), db = b.dim();
  if (da == 0 || db == 0)
    fail("both arguments to matmul need to be at least 1D, but they are ", da, "D and ", db, "D");
  if (da == 1 && db == 1) return dot(a, b);
  if (da == 2 && db == 1) return mv(a, b);
  if (da == 1 && db == 2) return squeeze_(mm(unsqueeze(a, 0), b), 0);
  if (da == 2 && db == 2) return mm(a, b);
  if (should_fold(a, db) || should_fold(b, da)) {
    // For (1|2)-D @ ≥3-D this computes (bᵀ · aᵀ)ᵀ.
    bool swap = db > da;
    Tensor t1 = swap ? transpose(b, -1, -2) : a;
    Tensor t2 = !swap ? b : da == 2 ? t(a) : a;
    Shape out_shape(t1.shape().begin(), t1.shape().end() - 1);
    Tensor folded = reshape(t1, {numel(out_shape), t1.shape().back()});
    if (t2.dim() == 1) return unsafe_view(mv(folded, t2), out_shape);
    out_shape.push_back(t2.shape()[1]);
    Tensor out = unsafe_view(mm(folded, t2), out_shape);
    return swap ? contiguous(transpose(out, -1, -2)) : out;
  }
  // Both operands are at least 2-D here.
  int64_t n = a.shape()[size_t(da) - 2], k = a.shape().back();
  int64_t m = b.shape()[size_t(db) - 2], p = b.shape().back();
  Shape batch = broadcast_shapes(Shape(a.shape().begin(), a.shape().end() - 2), Shape(b.shape().begin(), b.shape().end() - 2));
  int64_t count = numel(batch);
  Shape a_size = batch, b_size = batch, out_shape = batch;
  a_size.insert(a_size.end(), {n, k});
  b_size.insert(b_size.end(), {m, p});
  out_shape.insert(out_shape.end(), {n, p});
  Tensor a3 = reshape(expand(a, a_size), {count, n, k});
  Tensor b3 = reshape(expand(b, b_size), {count, m, p});
  return unsafe_view(bmm(a3, b3), out_shape);
}

}  // namespace gb
