// max, min, amax, amin, argmax, argmin.
//
// nan counts as larger (and smaller) than everything, so it wins wherever it appears; among
// equal values the first index wins. Gradients, as in PyTorch:
//   max() / amax(dims)   MaxBackward1 / AmaxBackward0: shared evenly by all elements equal
//                        to the result (ties split the gradient); amax's others get
//                        (g / count) · 0, so -0 where g < 0, and nan where the result is nan
//   max(dim) values      MaxBackward0: all of it to the element at the returned index, scattered
//                        into zeros (ScatterBackward0 when recorded)
#include <algorithm>

#include "autograd/record.h"
#include "kernels/reduce.h"
#include "ops/elementwise.h"
#include "ops/reduce_shape.h"
#include "ops/selection_gradient.h"

namespace gb {

namespace {

// Whether v replaces the current best: strictly better, or a nan (which then stays).
template <class T>
bool beats(T v, T best, bool is_max) {
  if (best != best) return false;
  return v != v || (is_max ? v > best : v < best);
}

const char* op_name(bool is_max) { return is_max ? "max" : "min"; }


// float16 and bfloat16 compare as their (exact) float32 values; the result is narrowed back.
Tensor comparable(const Tensor& t) { return is_reduced_float(t.dtype()) ? widened(t, t.dtype()) : t; }

// The value and index of the best element of every slice along `dim`.
std::pair<Tensor, Tensor> select_along(const Tensor& stored, int64_t dim, bool keepdim, bool is_max) {
  const Tensor t = comparable(stored);
  uint64_t mask = dim_mask({dim}, t.dim());
  Shape shape = kept_shape(t.shape(), mask, keepdim);
  Tensor values = empty(shape, t.dtype()), indices = empty(shape, DType::Int64);
  const int64_t n = t.dim() ? t.shape()[size_t(dim)] : 1;
  const int64_t step = t.dim() ? t.strides()[size_t(dim)] : 1;
  dispatch(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* in = t.data<T>();
    T* v = values.data<T>();
    int64_t* idx = indices.data<int64_t>();
    for_each_slice(t.shape(), t.strides(), dim, [&](int64_t slice, int64_t start) {
      const T* p = in + start;
      T best = *p;
      int64_t at = 0;
      for (int64_t i = 1; i < n; ++i) {
        p += step;
        if (beats(*p, best, is_max)) best = *p, at = i;
      }
      v[slice] = best;
      idx[slice] = at;
    });
  });
  return {as_dtype(values, stored.dtype()), indices};
}

void check_not_empty(const Tensor& t, const char* name, const std::vector<int64_t>& dims) {
  if (t.numel() != 0) return;
  // PyTorch raises IndexError for argmax's form of this message, RuntimeError for max's.
  if (dims.empty() && std::string_view(name).substr(0, 3) == "arg")
    fail_index(name, "(): Expected reduction dim to be specified for input.numel() == 0.");
  if (dims.empty())
    fail(name, "(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the "
               "'dim' argument.");
  for (int64_t d : dims)
    if (t.shape()[size_t(wrap_dim(d, t.dim()))] == 0)
      fail_index(name, "(): Expected reduction dim ", wrap_dim(d, t.dim()), " to have non-zero size.");
}

// max(): the gradient shared evenly among the elements equal to the (restored) result (a nan
// result: among the nans), zeros elsewhere.
Tensor share_among_ties(const Tensor& g, const Tensor& x, const Tensor& result, uint64_t mask) {
  Tensor winners = logical_or(eq(x, result), logical_and(isnan(x), isnan(result)));
  Tensor count = sum(winners, mask_dims(mask, x.dim()), true);
  return where(winners, div(g, count), wrapped_scalar(0, DType::Int64));
}

// amax(dims): PyTorch multiplies g / count by the mask x == result instead.
Tensor scale_by_ties(const Tensor& g, const Tensor& x, const Tensor& result, uint64_t mask) {
  Tensor winners = eq(x, result);
  return mul(div(g, sum(winners, mask_dims(mask, x.dim()), true)), winners);
}

// max() and amax(dims): the extreme value over the reduced dims.
using TieRule = Tensor (*)(const Tensor& g, const Tensor& x, const Tensor& result, uint64_t mask);
Tensor extreme(const Tensor& t, const std::vector<int64_t>& dims, bool keepdim, bool is_max, const char* name,
               const char* node, TieRule share) {
  check_not_empty(t, name, dims);
  uint64_t mask = dim_mask(dims, t.dim());
  const Tensor x = comparable(t);
  Tensor out = as_dtype(dispatch(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    Tensor o = empty(kept_shape(x.shape(), mask, true), x.dtype());
    std::fill_n(o.data<T>(), o.numel(), is_max ? lowest<T>() : highest<T>());
    fold_kernel(o.data<T>(), reduced_strides(x.shape(), mask), x.data<T>(), x.shape(), x.strides(),
                [is_max](T best, T v) { return beats(v, best, is_max) ? v : best; });
    return keepdim ? o : view(o, kept_shape(x.shape(), mask, false));
  }), t.dtype());
  if (needs_grad(t))
    record(node, out, {t}, {t, out}, [mask, keepdim, share](const BackwardContext& c) {
      const Tensor& x = c.saved(0);
      Tensor g = restore_dims(c.grad(), x.shape(), mask, keepdim);
      Tensor r = restore_dims(c.saved(1), x.shape(), mask, keepdim);
      return Grads{share(g, x, r, mask)};
    });
  return out;
}

std::pair<Tensor, Tensor> extreme_along(const Tensor& t, int64_t dim, bool keepdim, bool is_max) {
  int64_t d = wrap_dim(dim, t.dim());
  check_not_empty(t, op_name(is_max), {d});
  auto [values, indices] = select_along(t, d, keepdim, is_max);
  if (needs_grad(t)) record_selection(is_max ? "MaxBackward0" : "MinBackward0", values, t, indices, d, keepdim);
  return {values, indices};
}

Tensor arg_extreme(const Tensor& t, std::optional<int64_t> dim, bool keepdim, bool is_max) {
  const char* name = is_max ? "argmax" : "argmin";
  if (!dim) {
    check_not_empty(t, name, {});
    Tensor index = select_along(reshape(t, {-1}), 0, false, is_max).second;
    return keepdim ? view(index, Shape(size_t(t.dim()), 1)) : index;
  }
  int64_t d = wrap_dim(*dim, t.dim());
  check_not_empty(t, name, {d});
  return select_along(t, d, keepdim, is_max).second;
}

}  // namespace

Tensor max(const Tensor& t) { return extreme(t, {}, false, true, "max", "MaxBackward1", share_among_ties); }
Tensor min(const Tensor& t) { return extreme(t, {}, false, false, "min", "MinBackward1", share_among_ties); }
std::pair<Tensor, Tensor> max(const Tensor& t, int64_t dim, bool keepdim) { return extreme_along(t, dim, keepdim, true); }
std::pair<Tensor, Tensor> min(const Tensor& t, int64_t dim, bool keepdim) { return extreme_along(t, dim, keepdim, false); }
Tensor amax(const Tensor& t, const std::vector<int64_t>& dims, bool keepdim) {
  return extreme(t, dims, keepdim, true, "amax", "AmaxBackward0", scale_by_ties);
}
Tensor amin(const Tensor& t, const std::vector<int64_t>& dims, bool keepdim) {
  return extreme(t, dims, keepdim, false, "amin", "AminBackward0", scale_by_ties);
}
Tensor argmax(const Tensor& t, std::optional<int64_t> dim, bool keepdim) { return arg_extreme(t, dim, keepdim, true); }
Tensor argmin(const Tensor& t, std::optional<int64_t> dim, bool keepdim) { return arg_extreme(t, dim, keepdim, false); }

}  // namespace gb
