#pragma once
// The forward half shared by elementwise ops: result shape, dtype conversion of the
// inputs, output allocation, and the typed kernel call.
#include <type_traits>

#include "autograd/record.h"
#include "kernels/elementwise.h"
#include "ops/dtype_checks.h"
#include "ops/ops.h"
#include "ops/type_promotion.h"
#include "tensor/error.h"
#include "tensor/overlap.h"

namespace gb {

inline Tensor as_dtype(const Tensor& t, DType dtype) { return t.dtype() == dtype ? t : to_dtype(detach(t), dtype); }

// An operand of a float16/bfloat16 computation as PyTorch's CPU kernels read it: first made a
// 16-bit value (a Python number too), then widened exactly to float32.
inline Tensor widened(const Tensor& t, DType reduced) { return as_dtype(as_dtype(t, reduced), DType::Float32); }

// What a backward formula keeps of an operand it does not save: its shape and dtype.
struct Operand {
  Shape shape;
  DType dtype;
  explicit Operand(const Tensor& t) : shape(t.shape()), dtype(t.dtype()) {}
};

// A gradient for an operand: summed over the dims the operand was broadcast along, and cast
// back to its dtype.
inline Tensor reduce_grad(const Tensor& g, const Operand& to) {
  Tensor r = g.shape() == to.shape ? g : sum_to(g, to.shape);
  return r.dtype() == to.dtype ? r : to_dtype(r, to.dtype);
}

// The single value of a one-element tensor, converted as to_dtype would convert it.
template <class T>
T value_as(const Tensor& t) {
  return dispatch_stored(t.dtype(), [&](auto tag) { return convert<T>(*t.data<decltype(tag)>()); });
}

template <class F>
Tensor binary_map(const Tensor& a, const Tensor& b, DType compute, DType result, F f);

// out = f(a, b), computed in `compute` and stored as `compute`; a predicate (f returns bool)
// stores into a bool tensor (a bool-valued function of bools is both). float16 and bfloat16
// compute in float32, each result rounded back once.
template <class F>
void binary_into(const Tensor& out, const Tensor& a, const Tensor& b, DType compute, F f) {
  if (is_reduced_float(compute)) {
    const DType wide = out.dtype() == DType::Bool ? DType::Bool : DType::Float32;
    copy_values(out, binary_map(widened(a, compute), widened(b, compute), DType::Float32, wide, f));
    return;
  }
  const Shape& shape = out.shape();
  const int64_t n = out.numel();
  const bool dense_out = out.is_contiguous();
  // A one-element operand against a dense one of the output's shape (x * 2, or two scalars).
  const bool value_b = b.numel() == 1 && dense_out && a.shape() == shape && a.is_contiguous();
  const bool value_a = !value_b && a.numel() == 1 && dense_out && b.shape() == shape && b.is_contiguous();
  const bool flat = !value_a && !value_b && dense_out && a.shape() == shape && b.shape() == shape &&
                    a.is_contiguous() && b.is_contiguous();
  Tensor x = value_a ? a : as_dtype(a, compute), y = value_b ? b : as_dtype(b, compute);
  dispatch(compute, [&](auto tag) {
    using T = decltype(tag);
    auto run = [&](auto* o) {
      if (value_b) {
        const T yv = value_as<T>(y);
        binary_run(o, x.data<T>(), &yv, n, 1, 1, 0, f);
      } else if (value_a) {
        const T xv = value_as<T>(x);
        binary_run(o, &xv, y.data<T>(), n, 1, 0, 1, f);
      } else if (flat) {
        binary_run(o, x.data<T>(), y.data<T>(), n, 1, 1, 1, f);
      } else {
        binary_kernel(o, shape, out.strides(), x.data<T>(), broadcast_strides(x.shape(), x.strides(), shape),
                      y.data<T>(), broadcast_strides(y.shape(), y.strides(), shape), f);
      }
    };
    if constexpr (std::is_same_v<decltype(f(T{}, T{})), bool>) run(out.data<bool>());
    else run(out.data<T>());
  });
}

template <class F>
Tensor binary_map(const Tensor& a, const Tensor& b, DType compute, DType result, F f) {
  Tensor out = empty(broadcast_shapes(a.shape(), b.shape()), result);
  binary_into(out, a, b, compute, f);
  return out;
}

// Whether self op= other may be written, checked in PyTorch's order: autograd must allow the
// write, self may not overlap itself or other, and the result, computed in `compute`, must fit
// self's dtype (PyTorch's cast rule) and self's shape.
inline void check_write_inplace(const Tensor& self, const Tensor& other, DType compute) {
  check_inplace(self, other);
  check_no_internal_overlap(self);
  check_no_partial_overlap(self, other);
  check_can_cast(compute, self.dtype());
  Shape shape = broadcast_shapes(self.shape(), other.shape());
  if (shape != self.shape())
    fail("output with shape ", shape_str(self.shape()), " doesn't match the broadcast shape ", shape_str(shape));
}

// self op= other for an in-place op, after check_write_inplace.
template <class F>
void write_inplace(const Tensor& self, const Tensor& other, DType compute, F f) {
  check_write_inplace(self, other, compute);
  if (compute == self.dtype()) binary_into(self, self, other, compute, f);
  else copy_values(self, binary_map(self, other, compute, compute, f));  // int32 += int64 tensor
  bump_version(self);
}

// f(a), computed in `compute`, as a new tensor of dtype `result` (bool for a predicate).
template <class F>
Tensor unary_map(const Tensor& a, DType compute, DType result, F f) {
  if (is_reduced_float(compute))  // in float32, each result rounded back once
    return as_dtype(unary_map(widened(a, compute), DType::Float32, result == DType::Bool ? result : DType::Float32, f), result);
  Tensor x = as_dtype(a, compute);
  Tensor out = empty(a.shape(), result);
  dispatch(compute, [&](auto tag) {
    using T = decltype(tag);
    auto run = [&](auto* o) {
      if (x.is_contiguous()) unary_run(o, x.data<T>(), out.numel(), 1, 1, f);
      else unary_kernel(o, out.shape(), out.strides(), x.data<T>(), x.strides(), f);
    };
    if constexpr (std::is_same_v<decltype(f(T{})), bool>) run(out.data<bool>());
    else run(out.data<T>());
  });
  return out;
}

}  // namespace gb
