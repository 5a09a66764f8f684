// cumsum: running sums along one dim.
//
// Shapes: t: [..S] → [..S]. As PyTorch's CPU kernel, floats accumulate in double and each
// partial sum is stored rounded; integers and bools sum in int64.
// Backward: each input element feeds every later output in its slice, so its gradient is the
// reversed running sum of the incoming gradient.
#include "autograd/record.h"
#include "ops/elementwise.h"
#include "ops/reduce_shape.h"

namespace gb {

namespace {

// out[i] = Σ x[j] over j ≤ i (or j ≥ i when reversed) within each slice along dim.
Tensor running_sum(const Tensor& x, int64_t dim, bool reversed) {
  Tensor in = contiguous_copy(x), out = empty(x.shape(), x.dtype());  // one layout: same slice offsets
  const int64_t n = x.dim() ? x.shape()[size_t(dim)] : 1;
  const int64_t step = x.dim() ? in.strides()[size_t(dim)] : 1;
  dispatch(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    using Acc = std::conditional_t<std::is_floating_point_v<T>, double, T>;
    const T* a = in.data<T>();
    T* o = out.data<T>();
    for_each_slice(in.shape(), in.strides(), dim, [&](int64_t, int64_t start) {
      Acc sum = 0;
      for (int64_t k = 0; k < n; ++k) {
        int64_t i = start + (reversed ? n - 1 - k : k) * step;
        sum += Acc(a[i]);
        o[i] = T(sum);
      }
    });
  });
  return out;
}

}  // namespace

Tensor cumsum(const Tensor& t, int64_t dim, std::optional<DType> dtype) {
  int64_t d = wrap_dim(dim, t.dim());
  DType out_type = dtype ? *dtype : is_floating(t.dtype()) ? t.dtype() : DType::Int64;
  Tensor out = running_sum(as_dtype(t, out_type), d, false);
  if (needs_grad(t))
    record("CumsumBackward0", out, {t}, {}, [d, in = Operand(t)](const BackwardContext& c) {
      return Grads{reduce_grad(running_sum(c.grad(), d, true), in)};
    });
  return out;
}

}  // namespace gb
