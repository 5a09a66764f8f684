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

// One innermost run of n elements, out[i·so] = f(a[i·sa], ...). The layouts that carry the
// work (all dense, or one operand a single value) get loops the compiler vectorises; these
// runs are the only loops, whether reached by the strided walk below or directly by an op
// whose operands are dense (each loop is instantiated per op and dtype, so copies cost
// binary size; they are kept out of line so that each exists once).
template <class O, class A, class F>
[[gnu::noinline]] void unary_run(O* o, const A* x, int64_t n, int64_t so, int64_t sa, F f) {
  if (so == 1 && sa == 1) {
    GB_INDEPENDENT_ITERATIONS
    for (int64_t i = 0; i < n; ++i) o[i] = f(x[i]);
  } else {
    for (int64_t i = 0; i < n; ++i) o[i * so] = f(x[i * sa]);
  }
}

template <class O, class A, class B, class F>
[[gnu::noinline]] void binary_run(O* o, const A* x, const B* y, int64_t n, int64_t so, int64_t sa, int64_t sb, F f) {
  if (so == 1 && sa == 1 && sb == 1) {
    GB_INDEPENDENT_ITERATIONS
    for (int64_t i = 0; i < n; ++i) o[i] = f(x[i], y[i]);
  } else if (so == 1 && sa == 1 && sb == 0) {
    const B yv = *y;
    GB_INDEPENDENT_ITERATIONS
    for (int64_t i = 0; i < n; ++i) o[i] = f(x[i], yv);
  } else if (so == 1 && sa == 0 && sb == 1) {
    const A xv = *x;
    GB_INDEPENDENT_ITERATIONS
    for (int64_t i = 0; i < n; ++i) o[i] = f(xv, y[i]);
  } else {
    for (int64_t i = 0; i < n; ++i) o[i * so] = f(x[i * sa], y[i * sb]);
  }
}

template <class O, class A, class F>
void unary_kernel(O* out, const Shape& shape, const Shape& out_strides, const A* a, const Shape& a_strides, F f) {
  strided_loop<2>(shape, {out_strides, a_strides}, [&](const auto& off, int64_t n, const auto& s) {
    unary_run(out + off[0], a + off[1], n, s[0], s[1], f);
  });
}

template <class O, class A, class B, class F>
void binary_kernel(O* out, const Shape& shape, const Shape& out_strides, const A* a, const Shape& a_strides,
                   const B* b, const Shape& b_strides, F f) {
  strided_loop<3>(shape, {out_strides, a_strides, b_strides}, [&](const auto& off, int64_t n, const auto& s) {
    binary_run(out + off[0], a + off[1], b + off[2], n, s[0], s[1], s[2], f);
  });
}

}  // namespace gb

namespace gb {

// out = f(c, a, b) elementwise, every operand strided and broadcast (used by where).
template <class O, class C, class A, class B, class F>
void ternary_kernel(O* out, const Shape& shape, const Shape& out_strides, const C* c, const Shape& c_strides,
                    const A* a, const Shape& a_strides, const B* b, const Shape& b_strides, F f) {
  strided_loop<4>(shape, {out_strides, c_strides, a_strides, b_strides},
                  [&](const auto& off, int64_t n, const auto& s) {
                    O* o = out + off[0];
                    const C* z = c + off[1];
                    const A* x = a + off[2];
                    const B* y = b + off[3];
                    for (int64_t i = 0; i < n; ++i) o[i * s[0]] = f(z[i * s[1]], x[i * s[2]], y[i * s[3]]);
                  });
}

}  // namespace gb
