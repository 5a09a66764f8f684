// Tensors filled from a range: arange, linspace, eye.
#include <cmath>

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

// `steps` evenly spaced values from start to end. As in PyTorch, the step is computed in the
// result's (floating) dtype, the first half counts up from start and the second half down
// from end, so both ends are exact.
Tensor linspace(double start, double end, int64_t steps, DType dtype) {
  if (steps < 0) fail("number of steps must be non-negative");
  Tensor out = empty({steps}, dtype);
  dispatch(dtype, [&](auto tag) {
    using T = decltype(tag);
    using Step = std::conditional_t<std::is_integral_v<T>, double, T>;
    T* o = out.data<T>();
    if (steps == 1) o[0] = convert<T>(start);
    if (steps <= 1) return;
    const Step step = (Step(end) - Step(start)) / Step(steps - 1);
    const int64_t halfway = steps / 2;
    for (int64_t i = 0; i < steps; ++i)
      o[i] = convert<T>(i < halfway ? Step(start) + step * Step(i) : Step(end) - step * Step(steps - i - 1));
  });
  return out;
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
