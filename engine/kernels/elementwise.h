#pragma once
// Elementwise loops over strided, broadcast operands. The innermost run picks the fastest
// form its strides allow (all unit stride, or one operand fixed), which the compiler
// vectorises; other layouts take the general strided form.
#include <array>

#include "kernels/strided_loop.h"

namespace gb {

// An output and an input are either one buffer (an in-place op) or disjoint, never partly
// overlapping, so every index can be computed on its own: the compiler may vectorise
// without the run-time overlap check that would send x.mul_(x) down a scalar loop.
#if defined(__clang__)
#define GB_INDEPENDENT_ITERATIONS _Pragma("clang loop vectorize(assume_safety)")
#elif defined(__GNUC__)
#define GB_INDEPENDENT_ITERATIONS _Pragma("GCC ivdep")
#else
#define GB_INDEPENDENT_ITERATIONS
#endif

// Dense operands of one shape (or one of them a single value): flat loops that the
// compiler vectorises, with none of the strided walk's set-up. Small ops live here.
template <class O, class A, class F>
void unary_flat(O* out, const A* a, int64_t n, F f) {
  GB_INDEPENDENT_ITERATIONS
  for (int64_t i = 0; i < n; ++i) out[i] = f(a[i]);
}
template <class O, class A, class B, class F>
void binary_flat(O* out, const A* a, const B* b, int64_t n, F f) {
  GB_INDEPENDENT_ITERATIONS
  for (int64_t i = 0; i < n; ++i) out[i] = f(a[i], b[i]);
}
template <class O, class A, class B, class F>
void binary_flat_value_right(O* out, const A* a, B b, int64_t n, F f) {
  GB_INDEPENDENT_ITERATIONS
  for (int64_t i = 0; i < n; ++i) out[i] = f(a[i], b);
}
template <class O, class A, class B, class F>
void binary_flat_value_left(O* out, A a, const B* b, int64_t n, F f) {
  GB_INDEPENDENT_ITERATIONS
  for (int64_t i = 0; i < n; ++i) out[i] = f(a, b[i]);
}

template <class O, class A, class F>
void unary_kernel(O* out, const Shape& shape, const Shape& out_strides, const A* a, const Shape& a_strides, F f) {
  strided_loop<2>(shape, {out_strides, a_strides}, [&](const auto& off, int64_t n, const auto& s) {
    O* o = out + off[0];
    const A* x = a + off[1];
    if (s[0] == 1 && s[1] == 1) {
      for (int64_t i = 0; i < n; ++i) o[i] = f(x[i]);
    } else {
      for (int64_t i = 0; i < n; ++i) o[i * s[0]] = f(x[i * s[1]]);
    }
  });
}

template <class O, class A, class B, class F>
void binary_kernel(O* out, const Shape& shape, const Shape& out_strides, const A* a, const Shape& a_strides,
                   const B* b, const Shape& b_strides, F f) {
  strided_loop<3>(shape, {out_strides, a_strides, b_strides}, [&](const auto& off, int64_t n, const auto& s) {
    O* o = out + off[0];
    const A* x = a + off[1];
    const B* y = b + off[2];
    if (s[0] == 1 && s[1] == 1 && s[2] == 1) {
      for (int64_t i = 0; i < n; ++i) o[i] = f(x[i], y[i]);
    } else if (s[0] == 1 && s[1] == 1 && s[2] == 0) {
      const B yv = *y;
      for (int64_t i = 0; i < n; ++i) o[i] = f(x[i], yv);
    } else if (s[0] == 1 && s[1] == 0 && s[2] == 1) {
      const A xv = *x;
      for (int64_t i = 0; i < n; ++i) o[i] = f(xv, y[i]);
    } else {
      for (int64_t i = 0; i < n; ++i) o[i * s[0]] = f(x[i * s[1]], y[i * s[2]]);
    }
  });
}

}  // namespace gb
