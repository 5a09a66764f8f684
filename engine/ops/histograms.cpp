// bincount and histc: counts of values per bin. Neither is differentiable (PyTorch's results
// carry no history).
//
// Shapes: bincount: [n] non-negative integers → [max(max + 1, minlength)]; histc: any shape
// → [bins].
#include <algorithm>
#include <cmath>

#include "ops/floating_dispatch.h"
#include "ops/ops.h"
#include "tensor/error.h"

namespace gb {

// Counts (or sums of weights) per value. Float32 weights sum in float32, any others in double.
Tensor bincount(const Tensor& self, const Tensor& weights, int64_t minlength) {
  if (is_floating(self.dtype()) || self.dtype() == DType::Bool)
    fail("\"bincount_cpu\" not implemented for '", scalar_type_name(self.dtype()), "'");
  if (minlength < 0) fail("minlength should be >= 0");
  if (self.dim() == 1 && self.numel() == 0) return zeros({minlength}, DType::Int64);
  Tensor values = contiguous_copy(to_dtype(detach(self), DType::Int64));
  const int64_t* v = values.data<int64_t>();
  const int64_t n = values.numel();
  if (self.dim() != 1 || *std::min_element(v, v + n) < 0)
    fail("bincount only supports 1-d non-negative integral inputs.");
  if (weights.defined() && (weights.dim() != 1 || weights.shape()[0] != n))
    fail("weights should be 1-d and have the same length as input");
  const int64_t bins = std::max(*std::max_element(v, v + n) + 1, minlength);
  if (!weights.defined()) {
    Tensor out = zeros({bins}, DType::Int64);
    for (int64_t i = 0; i < n; ++i) ++out.data<int64_t>()[v[i]];
    return out;
  }
  const DType sum_dtype = weights.dtype() == DType::Float32 ? DType::Float32 : DType::Float64;
  Tensor w = contiguous_copy(to_dtype(detach(weights), sum_dtype));
  Tensor out = zeros({bins}, sum_dtype);
  dispatch_floating(sum_dtype, [&](auto tag) {
    using T = decltype(tag);
    for (int64_t i = 0; i < n; ++i) out.data<T>()[v[i]] += w.data<T>()[i];
  });
  return out;
}

namespace {

// Adds each finite-range element of x to its bin. The edges are linspace(lo, hi, bins + 1) in
// x's dtype, as PyTorch makes them; an element's bin is first guessed by linear interpolation
// between the outer edges and then settled against the edges next to the guess, the last
// edge counting into the last bin.
template <class T>
void count_into(T* hist, const T* x, int64_t n, const T* edges, int64_t bins) {
  const T lo = edges[0], hi = edges[bins];
  for (int64_t i = 0; i < n; ++i) {
    const T e = x[i];
    if (!(e >= lo && e <= hi)) continue;
    int64_t pos = int64_t((e - lo) / (hi - lo) * T(bins));
    const int64_t first = std::max<int64_t>(0, pos - 1), last = std::min<int64_t>(pos + 2, bins + 1);
    pos = std::upper_bound(edges + first, edges + last, e) - edges - 1;
    if (pos == bins) --pos;
    hist[pos] += T(1);
  }
}

}  // namespace

// min = max (both 0 by default) takes the range from the data; an empty range widens to ±1.
Tensor histc(const Tensor& self, int64_t bins, double min, double max) {
  if (!is_floating(self.dtype())) fail("\"histogram_cpu\" not implemented for '", scalar_type_name(self.dtype()), "'");
  if (bins <= 0) fail("torch.histogram(): bins must be > 0, but got ", bins, " for dimension 0");
  Tensor x = contiguous_copy(detach(self));
  Tensor out = zeros({bins}, self.dtype());
  dispatch_floating(self.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* v = x.data<T>();
    const int64_t n = x.numel();
    double lo = min, hi = max;
    if (lo == hi && n > 0) {
      const bool has_nan = std::any_of(v, v + n, [](T e) { return e != e; });
      lo = has_nan ? NAN : double(*std::min_element(v, v + n));
      hi = has_nan ? NAN : double(*std::max_element(v, v + n));
    }
    if (lo == hi) lo -= 1, hi += 1;
    if (!std::isfinite(lo) || !std::isfinite(hi))
      fail("torch.histc: range of [", lo, ", ", hi, "] is not finite");
    if (!(lo < hi)) fail("torch.histc: max must be larger than min");
    Tensor edges = linspace(lo, hi, bins + 1, self.dtype());
    count_into(out.data<T>(), v, n, edges.data<T>(), bins);
  });
  return out;
}

}  // namespace gb
