// Tensors filled from a range: arange, linspace, logspace, eye.
#include <cmath>
#include <limits>
#include <type_traits>

#include "ops/ops.h"
#include "tensor/error.h"

namespace gb {

// start, start + step, ... while short of end: ⌈(end - start) / step⌉ values, each computed
// in double as start + i·step and then stored.
Tensor arange(double start, double end, double step, DType dtype) {
  if (step == 0) fail("step must be nonzero");
  if (!std::isfinite(start) || !std::isfinite(end)) fail("unsupported range: ", start, " -> ", end);
  if ((step > 0 && end < start) || (step < 0 && end > start))
    fail("upper bound and larger bound inconsistent with step sign");
  double size = std::ceil((end - start) / step);
  Tensor out = empty({int64_t(size)}, dtype);
  dispatch(dtype, [&](auto tag) {
    using T = decltype(tag);
    T* o = out.data<T>();
    for (int64_t i = 0; i < out.numel(); ++i) o[i] = convert<T>(start + double(i) * step);
  });
  return out;
}

namespace {

// PyTorch 1.13's CPU kernels run on AVX2 vectors: 32 bytes, so this many elements of T at once.
template <typename T>
constexpr int64_t avx2_lanes = 32 / int64_t(sizeof(T));

template <typename T>
constexpr const char* c_type_name = std::is_same_v<T, uint8_t> ? "uint8_t"
                                    : std::is_same_v<T, int32_t> ? "int"
                                    : std::is_same_v<T, int64_t> ? "int64_t"
                                    : std::is_same_v<T, float>   ? "float"
                                                                 : "double";

// An end point as PyTorch reads it into T: a value T cannot hold is an error, not a wrap.
template <typename T>
T end_point(double v) {
  constexpr double lowest = double(std::numeric_limits<T>::lowest()), highest = double(std::numeric_limits<T>::max());
  const bool overflows = std::is_integral_v<T> ? !(v >= lowest && v <= highest)  // nan too
                                               : std::isfinite(v) && (v < lowest || v > highest);
  if (overflows) fail("value cannot be converted to type ", c_type_name<T>, " without overflow");
  return convert<T>(v);
}

// linspace's values as PyTorch's vectorised kernel writes them. The step is taken in T (in
// double for integers). Value i counts from start for the first half and back from end for
// the second, with one fused multiply-add (the kernel is built with FMA enabled), so both
// ends are exact. The kernel then works in pairs of vectors: each vector takes that value at
// its first element only and adds k·step, rounded separately, for its other lanes, even
// across the halfway point; elements after the last whole pair are computed one by one.
template <typename T>
void fill_linspace(T* out, double start_value, double end_value, int64_t steps) {
  using Step = std::conditional_t<std::is_integral_v<T>, double, T>;
  const Step start = Step(end_point<T>(start_value)), end = Step(end_point<T>(end_value));
  const Step step = (end - start) / Step(steps - 1);
  const int64_t halfway = steps / 2;
  auto counted = [&](int64_t i) {
    return i < halfway ? std::fma(step, Step(i), start) : std::fma(-step, Step(steps - i - 1), end);
  };
  const int64_t lanes = avx2_lanes<T>;
  const int64_t vectorised = steps - steps % (2 * lanes);
  for (int64_t first = 0; first < vectorised; first += lanes) {
    const T base = convert<T>(counted(first));
    out[first] = base;
    for (int64_t k = 1; k < lanes; ++k) out[first + k] = convert<T>(Step(base) + Step(k) * step);
  }
  for (int64_t i = vectorised; i < steps; ++i) out[i] = convert<T>(counted(i));
}

// logspace's values as PyTorch's (scalar, unfused) kernel writes them: the exponents run
// from start to end (both first converted to T) by a step taken in double, counted from the
// nearer end as in linspace, and each value is base raised to its exponent in double.
template <typename T>
void fill_logspace(T* out, double start_value, double end_value, int64_t steps, double base) {
  const T start = end_point<T>(start_value), end = end_point<T>(end_value);
  const double step = double(end - start) / double(steps - 1);  // integers subtract as int
  const int64_t halfway = steps / 2;
  for (int64_t i = 0; i < steps; ++i) {
    const double exponent = i < halfway ? double(start) + step * double(i)
                                        : double(end) - step * double(steps - i - 1);
    out[i] = convert<T>(std::pow(base, exponent));
  }
}

Tensor range_of(const char* kernel, int64_t steps, DType dtype, auto fill) {
  if (steps < 0) fail("number of steps must be non-negative");
  if (dtype == DType::Bool) fail('"', kernel, "\" not implemented for 'Bool'");
  Tensor out = empty({steps}, dtype);
  dispatch(dtype, [&](auto tag) {
    if constexpr (!std::is_same_v<decltype(tag), bool>) fill(out.data<decltype(tag)>());
  });
  return out;
}

}  // namespace

// `steps` evenly spaced values from start to end, bit for bit as PyTorch computes them.
Tensor linspace(double start, double end, int64_t steps, DType dtype) {
  return range_of("linspace_cpu", steps, dtype, [&](auto* out) {
    using T = std::remove_pointer_t<decltype(out)>;
    if (steps == 1) out[0] = end_point<T>(start);
    if (steps > 1) fill_linspace(out, start, end, steps);
  });
}

// base^start ... base^end at `steps` evenly spaced exponents.
Tensor logspace(double start, double end, int64_t steps, double base, DType dtype) {
  return range_of("logspace_cpu", steps, dtype, [&](auto* out) {
    using T = std::remove_pointer_t<decltype(out)>;
    if (steps == 1) out[0] = convert<T>(std::pow(base, start));
    if (steps > 1) fill_logspace(out, start, end, steps, base);
  });
}

Tensor eye(int64_t n, int64_t m, DType dtype) {
  if (n < 0) fail("n must be greater or equal to 0, got ", n);
  if (m < 0) fail("m must be greater or equal to 0, got ", m);
  Tensor out = zeros({n, m}, dtype);
  dispatch(dtype, [&](auto tag) {
    using T = decltype(tag);
    for (int64_t i = 0; i < std::min(n, m); ++i) out.data<T>()[i * m + i] = T(1);
  });
  return out;
}

}  // namespace gb
