// sum, mean, prod, all and any: folds over all elements or chosen dims.
//
// Shapes: t: [d0, ..., dn]; reducing dims R gives [di for i ∉ R] (keepdim: 1 at i ∈ R).
// Backward: the gradient (with the reduced dims restored as 1) is expanded back to t's shape,
// then scaled (mean) or multiplied by the product of the other elements (prod).
#include <algorithm>

#include "autograd/record.h"
#include "kernels/cascade_sum.h"
#include "kernels/reduce.h"
#include "ops/elementwise.h"
#include "ops/reduce_shape.h"
#include "ops/type_promotion.h"

namespace gb {

namespace {

// Integers and bools sum (and multiply) to int64, as in PyTorch.
DType accumulate_type(DType t) { return is_floating(t) ? t : DType::Int64; }

// out[slot] = f(out[slot], x) over the reduced dims, starting from `init`.
template <class F>
Tensor fold(const Tensor& x, uint64_t mask, bool keepdim, double init, F f) {
  Tensor out = full(kept_shape(x.shape(), mask, true), init, x.dtype());
  dispatch(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    fold_kernel(out.data<T>(), reduced_strides(x.shape(), mask), x.data<T>(), x.shape(), x.strides(),
                [f](T acc, T v) { return T(f(acc, v)); });
  });
  return keepdim ? out : view(out, kept_shape(x.shape(), mask, false));
}

Tensor sum_forward(const Tensor& t, uint64_t mask, bool keepdim, DType out_type) {
  if (is_reduced_float(out_type))  // accumulated in float32 and rounded once, as PyTorch's CPU sum
    return as_dtype(sum_forward(widened(t, out_type), mask, keepdim, DType::Float32), out_type);
  Tensor x = as_dtype(t, out_type);
  if (is_floating(out_type)) {  // in PyTorch's order, for PyTorch's rounding
    Tensor out = zeros(kept_shape(t.shape(), mask, true), out_type);
    dispatch(out_type, [&](auto tag) {
      using T = decltype(tag);
      if constexpr (std::is_floating_point_v<T>)
        cascade_sum(out.data<T>(), out.numel(), reduced_strides(t.shape(), mask), x.data<T>(), t.shape(), x.strides());
    });
    return keepdim ? out : view(out, kept_shape(t.shape(), mask, false));
  }
  return fold(x, mask, keepdim, 0, [](auto acc, auto v) { return acc + v; });
}

Tensor sum_impl(const Tensor& t, uint64_t mask, bool keepdim, std::optional<DType> dtype, const char* name) {
  Tensor out = sum_forward(t, mask, keepdim, dtype ? *dtype : accumulate_type(t.dtype()));
  if (needs_grad(t))
    record(name, out, {t}, {}, [in = Operand(t), mask, keepdim](const BackwardContext& c) {
      return Grads{reduce_grad(expand_back(c.grad(), in.shape, mask, keepdim), in)};
    });
  return out;
}

Tensor mean_impl(const Tensor& t, uint64_t mask, bool keepdim, std::optional<DType> dtype, const char* name) {
  DType out_type = dtype ? *dtype : t.dtype();
  if (!is_floating(out_type))
    fail("mean(): could not infer output dtype. ", dtype ? "Optional dtype" : "Input dtype",
         " must be either a floating point or complex dtype. Got: ", scalar_type_name(out_type));
  Tensor count = wrapped_scalar(double(reduced_count(t.shape(), mask)), DType::Int64);
  Tensor out = sum_forward(t, mask, keepdim, out_type);
  out = binary_map(out, count, out_type, out_type, [](auto s, auto n) { return s / n; });
  if (needs_grad(t))
    record(name, out, {t}, {}, [in = Operand(t), mask, keepdim, count](const BackwardContext& c) {
      return Grads{reduce_grad(div(expand_back(c.grad(), in.shape, mask, keepdim), count), in)};
    });
  return out;
}

// For each element, the product of the others in its slice along `dim`, written with ops as
// PyTorch's prod_safe_zeros_backward (so it is differentiable and rounds as its cumprod): the
// running product of the elements before it times that of the elements after it.
Tensor exclusive_prod(const Tensor& x, int64_t dim) {
  const int64_t n = x.shape()[size_t(dim)];
  Shape one_shape = x.shape();
  one_shape[size_t(dim)] = 1;
  Tensor one = ones(one_shape, x.dtype());
  Tensor before = cumprod(cat({one, narrow(x, dim, 0, n - 1)}, dim), dim);
  Tensor after = flip(cumprod(cat({one, flip(narrow(x, dim, 1, n - 1), {dim})}, dim), dim), {dim});
  return mul(before, after);
}

int64_t count_zeros(const Tensor& x) { return sum(eq(x, wrapped_scalar(0, DType::Int64))).data<int64_t>()[0]; }

// Π of a dense run in the order PyTorch's vectorised reduction multiplies: whole blocks of
// four AVX2 registers (32 floats, 16 doubles) keep one running product per position, the four
// registers are combined as (r0·r1)·(r2·r3), their lanes in order, and the leftover elements
// one by one.
template <class T>
T blocked_product(const T* x, int64_t n) {
  constexpr int64_t kLanes = 32 / sizeof(T), kBlock = 4 * kLanes;
  const int64_t blocks = n / kBlock;
  T product = 1;
  if (blocks > 0) {
    T acc[kBlock];
    std::copy_n(x, kBlock, acc);
    for (int64_t b = 1; b < blocks; ++b)
      for (int64_t k = 0; k < kBlock; ++k) acc[k] *= x[b * kBlock + k];
    T lanes = 1;
    for (int64_t j = 0; j < kLanes; ++j) {
      const T lane = T(acc[j] * acc[kLanes + j]) * T(acc[2 * kLanes + j] * acc[3 * kLanes + j]);
      lanes = j == 0 ? lane : T(lanes * lane);
    }
    product = lanes;
  }
  for (int64_t i = blocks * kBlock; i < n; ++i) product *= x[i];
  return product;
}

// Floats over dense runs take PyTorch's vectorised order; everything else (integers, whose
// products are exact, and strided runs) one running product per result, in order.
Tensor prod_forward(const Tensor& x, uint64_t mask, bool keepdim) {
  if (!is_floating(x.dtype()) || !reduces_dense_runs(x, mask))
    return fold(x, mask, keepdim, 1, [](auto acc, auto v) { return acc * v; });
  Tensor out = empty(kept_shape(x.shape(), mask, keepdim), x.dtype());
  const int64_t run = reduced_count(x.shape(), mask);
  dispatch(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>)
      for (int64_t r = 0; r < out.numel(); ++r) out.data<T>()[r] = blocked_product(x.data<T>() + r * run, run);
  });
  return out;
}

// d prod/dx_i = prod / x_i while no element is zero, else the product of the others. Over all
// elements with two zeros or more that is 0 everywhere, which PyTorch 1.13 returns as plain
// zeros (+0, and without a history even when the backward records).
Tensor prod_backward(const Tensor& g, const Tensor& x, const Tensor& result, int64_t dim) {
  const int64_t zeros_in_x = count_zeros(x);
  if (zeros_in_x == 0) return mul(g, div(result, x));
  if (dim >= 0) return mul(g, exclusive_prod(x, dim));
  if (zeros_in_x > 1) return zeros(x.shape(), x.dtype());
  return view(mul(reshape(g, {-1}), exclusive_prod(reshape(x, {-1}), 0)), x.shape());
}

Tensor prod_impl(const Tensor& t, uint64_t mask, int64_t dim, bool keepdim, std::optional<DType> dtype,
                 const char* name) {
  Tensor x = as_dtype(t, dtype ? *dtype : accumulate_type(t.dtype()));
  if (is_reduced_float(x.dtype()))  // PyTorch 1.13's CPU build has no such product kernel
    fail("\"prod_cpu\" not implemented for '", scalar_type_name(x.dtype()), "'");
  Tensor out = prod_forward(x, mask, keepdim);
  if (needs_grad(t))
    record(name, out, {t}, {t, out}, [in = Operand(t), mask, dim, keepdim](const BackwardContext& c) {
      const Tensor& x = c.saved(0);
      if (x.dim() == 0) return Grads{reduce_grad(c.grad(), in)};
      Tensor g = expand_back(c.grad(), in.shape, mask, keepdim);
      Tensor r = restore_dims(c.saved(1), in.shape, mask, keepdim);
      return Grads{reduce_grad(prod_backward(g, as_dtype(x, g.dtype()), r, dim), in)};
    });
  return out;
}

// all / any: the truth of every / some element, as bool.
Tensor truth_fold(const Tensor& t, uint64_t mask, bool keepdim, bool every) {
  Tensor truth = t.dtype() == DType::Bool ? t : ne(t, wrapped_scalar(0, DType::Int64));
  return fold(truth, mask, keepdim, every, [every](auto acc, auto v) { return every ? acc && v : acc || v; });
}

}  // namespace

Tensor sum(const Tensor& t, std::optional<DType> dtype) {
  return sum_impl(t, dim_mask({}, t.dim()), false, dtype, "SumBackward0");
}
Tensor sum(const Tensor& t, const std::vector<int64_t>& dims, bool keepdim, std::optional<DType> dtype) {
  return sum_impl(t, dim_mask(dims, t.dim()), keepdim, dtype, "SumBackward1");
}
Tensor mean(const Tensor& t, std::optional<DType> dtype) {
  return mean_impl(t, dim_mask({}, t.dim()), false, dtype, "MeanBackward0");
}
Tensor mean(const Tensor& t, const std::vector<int64_t>& dims, bool keepdim, std::optional<DType> dtype) {
  return mean_impl(t, dim_mask(dims, t.dim()), keepdim, dtype, "MeanBackward1");
}

Tensor prod(const Tensor& t, std::optional<DType> dtype) {
  return prod_impl(t, dim_mask({}, t.dim()), -1, false, dtype, "ProdBackward0");
}
Tensor prod(const Tensor& t, int64_t dim, bool keepdim, std::optional<DType> dtype) {
  int64_t d = wrap_dim(dim, t.dim());
  return prod_impl(t, dim_mask({d}, t.dim()), d, keepdim, dtype, "ProdBackward1");
}

Tensor all(const Tensor& t) { return truth_fold(t, dim_mask({}, t.dim()), false, true); }
Tensor all(const Tensor& t, int64_t dim, bool keepdim) { return truth_fold(t, dim_mask({dim}, t.dim()), keepdim, true); }
Tensor any(const Tensor& t) { return truth_fold(t, dim_mask({}, t.dim()), false, false); }
Tensor any(const Tensor& t, int64_t dim, bool keepdim) { return truth_fold(t, dim_mask({dim}, t.dim()), keepdim, false); }

Tensor sum_to(const Tensor& t, const Shape& shape) {
  if (t.shape() == shape) return t;
  size_t lead = t.shape().size() - shape.size();
  std::vector<int64_t> dims;
  for (size_t d = 0; d < t.shape().size(); ++d)
    if (d < lead || (shape[d - lead] == 1 && t.shape()[d] != 1)) dims.push_back(int64_t(d));
  Tensor s = dims.empty() ? t : sum_impl(t, dim_mask(dims, t.dim()), true, t.dtype(), "SumBackward1");
  return view(s, shape);
}

}  // namespace gb
