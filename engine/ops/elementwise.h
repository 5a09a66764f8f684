#pragma once
// The forward half shared by elementwise ops: result shape, dtype conversion of the
// inputs, output allocation, and the typed kernel call.
#include "kernels/elementwise.h"
#include "ops/ops.h"
#include "tensor/error.h"

namespace gb {

inline Tensor as_dtype(const Tensor& t, DType dtype) { return t.dtype() == dtype ? t : to_dtype(detach(t), dtype); }

// out = f(a, b), computed in `compute` and stored as `compute` or, for predicates, as bool.
template <class F>
void binary_into(const Tensor& out, const Tensor& a, const Tensor& b, DType compute, F f) {
  Tensor x = as_dtype(a, compute), y = as_dtype(b, compute);
  const Shape& shape = out.shape();
  dispatch(compute, [&](auto tag) {
    using T = decltype(tag);
    auto run = [&](auto* o) {
      binary_kernel(o, shape, out.strides(), x.data<T>(), broadcast_strides(x.shape(), x.strides(), shape),
                    y.data<T>(), broadcast_strides(y.shape(), y.strides(), shape), f);
    };
    if (out.dtype() == DType::Bool && compute != DType::Bool) run(out.data<bool>());
    else run(out.data<T>());
  });
}

template <class F>
Tensor binary_map(const Tensor& a, const Tensor& b, DType compute, DType result, F f) {
  Tensor out = empty(broadcast_shapes(a.shape(), b.shape()), result);
  binary_into(out, a, b, compute, f);
  return out;
}

template <class F>
Tensor unary_map(const Tensor& a, DType compute, DType result, F f) {
  Tensor x = as_dtype(a, compute);
  Tensor out = empty(a.shape(), result);
  dispatch(compute, [&](auto tag) {
    using T = decltype(tag);
    auto run = [&](auto* o) { unary_kernel(o, out.shape(), out.strides(), x.data<T>(), x.strides(), f); };
    if (result == DType::Bool && compute != DType::Bool) run(out.data<bool>());
    else run(out.data<T>());
  });
  return out;
}

}  // namespace gb
