// sum and mean, over all elements or chosen dims.
//
// Shapes: t: [d0, ..., dn]; reducing dims R gives [di for i ∉ R] (keepdim: 1 at i ∈ R).
// Backward: the gradient (with the reduced dims restored as 1) is expanded back to t's shape.
#include "autograd/record.h"
#include "kernels/cascade_sum.h"
#include "kernels/reduce.h"
#include "ops/elementwise.h"
#include "ops/type_promotion.h"

namespace gb {

namespace {

Shape kept_shape(const Shape& shape, uint64_t mask, bool keepdim) {
  Shape out;
  for (size_t d = 0; d < shape.size(); ++d) {
    if (!(mask >> d & 1)) out.push_back(shape[d]);
    else if (keepdim) out.push_back(1);
  }
  return out;
}

// Integers and bools sum to int64, as in PyTorch.
DType sum_type(DType t) { return is_floating(t) ? t : DType::Int64; }

Tensor sum_forward(const Tensor& t, uint64_t mask, bool keepdim) {
  DType out_type = sum_type(t.dtype());
  Tensor x = as_dtype(t, out_type);
  Tensor out = zeros(kept_shape(t.shape(), mask, true), out_type);
  dispatch(out_type, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>)  // in PyTorch's order, for PyTorch's rounding
      cascade_sum(out.data<T>(), out.numel(), reduced_strides(t.shape(), mask), x.data<T>(), t.shape(), x.strides());
    else
      fold_kernel(out.data<T>(), reduced_strides(t.shape(), mask), x.data<T>(), t.shape(), x.strides(),
                  [](T acc, T v) { return acc + v; });
  });
  return keepdim ? out : view(out, kept_shape(t.shape(), mask, false));
}

int64_t reduced_count(const Shape& shape, uint64_t mask) {
  int64_t n = 1;
  for (size_t d = 0; d < shape.size(); ++d)
    if (mask >> d & 1) n *= shape[d];
  return n;
}

// The gradient of a reduction, spread back over the input's shape.
Tensor expand_back(const Tensor& g, const Shape& in_shape, uint64_t mask, bool keepdim) {
  Tensor kept = keepdim ? g : view(g, kept_shape(in_shape, mask, true));
  return expand(kept, in_shape);
}

Tensor sum_impl(const Tensor& t, uint64_t mask, bool keepdim, const char* name) {
  Tensor out = sum_forward(t, mask, keepdim);
  if (needs_grad(t))
    record(name, out, {t}, {}, [shape = t.shape(), mask, keepdim](const BackwardContext& c) {
      return Grads{expand_back(c.grad(), shape, mask, keepdim)};
    });
  return out;
}

Tensor mean_impl(const Tensor& t, uint64_t mask, bool keepdim, const char* name) {
  if (!is_floating(t.dtype()))
    fail("mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: ",
         scalar_type_name(t.dtype()));
  int64_t count = reduced_count(t.shape(), mask);
  Tensor out = sum_forward(t, mask, keepdim);
  out = binary_map(out, wrapped_scalar(double(count), DType::Int64), out.dtype(), out.dtype(),
                   [](auto s, auto n) { return s / n; });
  if (needs_grad(t))
    record(name, out, {t}, {}, [shape = t.shape(), mask, keepdim, count](const BackwardContext& c) {
      return Grads{div(expand_back(c.grad(), shape, mask, keepdim), wrapped_scalar(double(count), DType::Int64))};
    });
  return out;
}

}  // namespace

Tensor sum(const Tensor& t) { return sum_impl(t, dim_mask({}, t.dim()), false, "SumBackward0"); }
Tensor sum(const Tensor& t, const std::vector<int64_t>& dims, bool keepdim) {
  return sum_impl(t, dim_mask(dims, t.dim()), keepdim, "SumBackward1");
}
Tensor mean(const Tensor& t) { return mean_impl(t, dim_mask({}, t.dim()), false, "MeanBackward0"); }
Tensor mean(const Tensor& t, const std::vector<int64_t>& dims, bool keepdim) {
  return mean_impl(t, dim_mask(dims, t.dim()), keepdim, "MeanBackward1");
}

Tensor sum_to(const Tensor& t, const Shape& shape) {
  if (t.shape() == shape) return t;
  size_t lead = t.shape().size() - shape.size();
  std::vector<int64_t> dims;
  for (size_t d = 0; d < t.shape().size(); ++d)
    if (d < lead || (shape[d - lead] == 1 && t.shape()[d] != 1)) dims.push_back(int64_t(d));
  Tensor s = dims.empty() ? t : sum_forward(t, dim_mask(dims, t.dim()), true);
  return view(s, shape);
}

}  // namespace gb
