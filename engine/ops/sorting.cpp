// sort, topk, kthvalue, unique, unique_consecutive: ordering the elements of each slice.
//
// nan orders above every number (last ascending, first descending). Tied elements come out
// in the order PyTorch's CPU kernels leave them: stable sort keeps input order; unstable
// sort and topk run libstdc++'s algorithms (kernels/std_sort.h) on (value, index) pairs;
// kthvalue runs PyTorch's own quickselect.
// Backward (sort, topk, kthvalue): each gradient value goes back to the position its value
// came from, zeros elsewhere.
#include <algorithm>
#include <limits>
#include <vector>

#include "autograd/record.h"
#include "kernels/std_sort.h"
#include "ops/elementwise.h"
#include "ops/reduce_shape.h"
#include "ops/selection_gradient.h"

namespace gb {

namespace {

template <class T>
bool is_nan(T v) {
  return v != v;
}

// "a comes before b": ascending puts nan last, descending first.
template <class T>
struct Before {
  bool descending;
  bool operator()(const std::pair<T, int64_t>& a, const std::pair<T, int64_t>& b) const {
    if (descending) return (is_nan(a.first) && !is_nan(b.first)) || a.first > b.first;
    return (!is_nan(a.first) && is_nan(b.first)) || a.first < b.first;
  }
};

// Runs `order(pairs)` on every slice along `dim` as (value, index) pairs, then writes the
// first `keep` pairs into values/indices of shape `out_shape` (t's shape with `keep` at dim).
template <class Order>
std::pair<Tensor, Tensor> order_slices(const Tensor& t, int64_t dim, int64_t keep, const Shape& out_shape, Order order) {
  if (is_reduced_float(t.dtype())) {  // ordered by their exact float32 values, as PyTorch compares them
    auto [values, indices] = order_slices(widened(t, t.dtype()), dim, keep, out_shape, order);
    return {to_dtype(values, t.dtype()), indices};
  }
  Tensor values = empty(out_shape, t.dtype()), indices = empty(out_shape, DType::Int64);
  if (values.numel() == 0) return {values, indices};
  const int64_t n = t.dim() ? t.shape()[size_t(dim)] : 1;
  const int64_t step = t.dim() ? t.strides()[size_t(dim)] : 1;
  const int64_t out_step = t.dim() ? values.strides()[size_t(dim)] : 1;
  dispatch(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    std::vector<std::pair<T, int64_t>> pairs(static_cast<size_t>(n));
    const T* in = t.data<T>();
    // The slices of t and of the outputs, matched by their row-major number.
    std::vector<int64_t> starts;
    for_each_slice(t.shape(), t.strides(), dim, [&](int64_t, int64_t start) { starts.push_back(start); });
    for_each_slice(out_shape, values.strides(), dim, [&](int64_t slice, int64_t out_start) {
      const T* p = in + starts[size_t(slice)];
      for (int64_t i = 0; i < n; ++i) pairs[size_t(i)] = {p[i * step], i};
      order(pairs);
      for (int64_t i = 0; i < keep; ++i) {
        values.data<T>()[out_start + i * out_step] = pairs[size_t(i)].first;
        indices.data<int64_t>()[out_start + i * out_step] = pairs[size_t(i)].second;
      }
    });
  });
  return {values, indices};
}

Shape with_size(const Shape& shape, int64_t dim, int64_t size) {
  Shape out = shape;
  if (!out.empty()) out[size_t(dim)] = size;
  return out;
}

// PyTorch's quickselect (SortingUtils.h): leaves the k-th smallest (nan largest) at k.
template <class T>
void quick_select(std::vector<std::pair<T, int64_t>>& a, int64_t k) {
  auto above = [](T x, T y) { return (is_nan(x) && !is_nan(y)) || x > y; };
  int64_t lo = 0, hi = int64_t(a.size()) - 1;
  while (hi > lo) {
    if (hi == lo + 1) {
      if (above(a[size_t(lo)].first, a[size_t(hi)].first)) std::swap(a[size_t(lo)], a[size_t(hi)]);
      return;
    }
    // The median of three becomes the pivot at lo.
    std::swap(a[size_t(lo + (hi - lo) / 2)], a[size_t(lo + 1)]);
    if (above(a[size_t(lo + 1)].first, a[size_t(hi)].first)) std::swap(a[size_t(lo + 1)], a[size_t(hi)]);
    if (above(a[size_t(lo)].first, a[size_t(hi)].first)) std::swap(a[size_t(lo)], a[size_t(hi)]);
    if (above(a[size_t(lo + 1)].first, a[size_t(lo)].first)) std::swap(a[size_t(lo + 1)], a[size_t(lo)]);
    int64_t i = lo + 1, j = hi;
    const T pivot = a[size_t(lo)].first;
    while (true) {
      do ++i;
      while (above(pivot, a[size_t(i)].first));
      do --j;
      while (above(a[size_t(j)].first, pivot));
      if (j < i) break;
      std::swap(a[size_t(i)], a[size_t(j)]);
    }
    std::swap(a[size_t(lo)], a[size_t(j)]);
    if (j <= k) lo = i;
    if (j >= k) hi = j - 1;
  }
}

// PyTorch gives unique's values a node whose backward is an error.
void record_not_differentiable(const Tensor& values, const Tensor& t, const char* node, const char* op) {
  if (needs_grad(t))
    record(node, values, {t}, {}, [op](const BackwardContext&) -> Grads {
      throw Error(ErrorKind::NotImplemented, cat("the derivative for '", op, "' is not implemented."));
    });
}

// unique and unique_consecutive: `find(a, n, inverse, values, counts)` lists the distinct
// values of the flattened t with their counts and writes each element's index among them.
template <class Find>
std::vector<Tensor> distinct(const Tensor& t, const char* node, const char* op, Find find) {
  Tensor x = contiguous_copy(t);
  Tensor values, inverse = empty(x.shape(), DType::Int64), counts;
  dispatch(x.dtype(), [&](auto tag) {
    using T = decltype(tag);
    std::vector<T> v;
    std::vector<int64_t> c;
    find(x.data<T>(), x.numel(), inverse.data<int64_t>(), v, c);
    values = empty({int64_t(v.size())}, x.dtype());
    counts = empty({int64_t(c.size())}, DType::Int64);
    std::copy(v.begin(), v.end(), values.data<T>());
    std::copy(c.begin(), c.end(), counts.data<int64_t>());
  });
  record_not_differentiable(values, t, node, op);
  return {values, inverse, counts};
}

}  // namespace

std::pair<Tensor, Tensor> sort(const Tensor& t, int64_t dim, bool descending, bool stable) {
  int64_t d = wrap_dim(dim, t.dim());
  const int64_t n = t.dim() ? t.shape()[size_t(d)] : 1;
  auto result = order_slices(t, d, n, t.shape(), [&](auto& pairs) {
    using T = typename std::decay_t<decltype(pairs)>::value_type::first_type;
    if (stable) std::stable_sort(pairs.begin(), pairs.end(), Before<T>{descending});
    else stdsort::sort(pairs.begin(), pairs.end(), Before<T>{descending});
  });
  if (needs_grad(t)) record_selection("SortBackward0", result.first, t, result.second, d, true);
  return result;
}

std::pair<Tensor, Tensor> topk(const Tensor& t, int64_t k, int64_t dim, bool largest, bool sorted) {
  int64_t d = wrap_dim(dim, t.dim());
  const int64_t n = t.dim() ? t.shape()[size_t(d)] : 1;
  if (k < 0 || k > n) fail("selected index k out of range");
  if (t.dtype() == DType::Float16) fail("\"topk_cpu\" not implemented for 'Half'");  // PyTorch 1.13 has none
  auto result = order_slices(t, d, k, with_size(t.shape(), d, k), [&](auto& pairs) {
    using T = typename std::decay_t<decltype(pairs)>::value_type::first_type;
    Before<T> before{largest};
    if (k * 64 <= n) {
      stdsort::partial_sort(pairs.begin(), pairs.begin() + k, pairs.end(), before);
    } else {  // the k-th in place, then (sorted) the ones before it
      stdsort::nth_element(pairs.begin(), pairs.begin() + k - 1, pairs.end(), before);
      if (sorted) stdsort::sort(pairs.begin(), pairs.begin() + k - 1, before);
    }
  });
  if (needs_grad(t)) record_selection("TopkBackward0", result.first, t, result.second, d, true);
  return result;
}

std::pair<Tensor, Tensor> kthvalue(const Tensor& t, int64_t k, int64_t dim, bool keepdim) {
  int64_t d = wrap_dim(dim, t.dim());
  const int64_t n = t.dim() ? t.shape()[size_t(d)] : 1;
  if (k < 1 || k > n) fail("kthvalue(): selected number k out of range for dimension ", d);
  if (t.dtype() == DType::Float16) fail("\"kthvalue_cpu\" not implemented for 'Half'");  // PyTorch 1.13 has none
  auto [values, indices] = order_slices(t, d, 1, with_size(t.shape(), d, 1), [&](auto& pairs) {
    quick_select(pairs, k - 1);
    pairs[0] = pairs[size_t(k - 1)];
  });
  if (!keepdim && t.dim() > 0) values = squeeze(values, d), indices = squeeze(indices, d);
  if (needs_grad(t)) record_selection("KthvalueBackward0", values, t, indices, d, keepdim);
  return {values, indices};
}


// PyTorch 1.13 collects the distinct values in a hash set and sorts them; a nan never equals
// another value, so each nan is its own entry (last here) whose later hash look-ups find
// nothing: its count reads 0 and its inverse index 0.
std::vector<Tensor> unique(const Tensor& t) {
  return distinct(t, "Unique2Backward0", "_unique2", [](const auto* a, int64_t n, int64_t* inverse, auto& values,
                                                          std::vector<int64_t>& counts) {
    int64_t nans = 0;
    for (int64_t i = 0; i < n; ++i) {
      if (is_nan(a[i])) ++nans;
      else values.push_back(a[i]);
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    counts.assign(values.size() + size_t(nans), 0);
    for (int64_t i = 0; i < n; ++i) {
      int64_t at = 0;
      if (!is_nan(a[i])) ++counts[size_t(at = std::lower_bound(values.begin(), values.end(), a[i]) - values.begin())];
      inverse[i] = at;
    }
    using T = std::decay_t<decltype(*a)>;
    values.insert(values.end(), size_t(nans), std::numeric_limits<T>::quiet_NaN());
  });
}

// Runs of equal neighbours in the flattened t collapse to one value each.
std::vector<Tensor> unique_consecutive(const Tensor& t) {
  return distinct(t, "UniqueConsecutiveBackward0", "unique_consecutive",
                  [](const auto* a, int64_t n, int64_t* inverse, auto& values, std::vector<int64_t>& counts) {
                    for (int64_t i = 0; i < n; ++i) {
                      if (i == 0 || a[i] != a[i - 1]) values.push_back(a[i]), counts.push_back(0);
                      ++counts.back();
                      inverse[i] = int64_t(values.size()) - 1;
                    }
                  });
}

// The slices along dim as rows (dim moved to the front, the other dims kept in order), sorted
// lexicographically unless consecutive (libstdc++'s sort, as PyTorch's CPU kernel); runs of
// equal rows (element by element, so a nan row is never equal) collapse into one.
std::vector<Tensor> unique_dim(const Tensor& t, int64_t dim, bool consecutive) {
  const int64_t d = wrap_existing_dim(dim, t.dim());
  const Shape& shape = t.shape();
  const auto zero_dims = std::count(shape.begin(), shape.end(), 0);
  const char* node = consecutive ? "UniqueConsecutiveBackward0" : "UniqueDimBackward0";
  const char* op = consecutive ? "unique_consecutive" : "unique_dim";
  if (shape[size_t(d)] == 0) {
    if (zero_dims != 1) fail("Number of zero sized dimensions is more than one, so unique cannot be applied ");
    Tensor values = empty(shape, t.dtype());
    record_not_differentiable(values, t, node, op);
    return {values, empty({0}, DType::Int64), empty({0}, DType::Int64)};
  }
  if (zero_dims != 0) fail("There are 0 sized dimensions, and they aren't selected, so unique cannot be applied");
  std::vector<int64_t> to_front{d}, back(static_cast<size_t>(t.dim()));
  for (int64_t i = 0; i < t.dim(); ++i)
    if (i != d) to_front.push_back(i);
  for (size_t i = 0; i < to_front.size(); ++i) back[size_t(to_front[i])] = int64_t(i);
  Tensor moved = contiguous_copy(permute(detach(t), to_front));
  const int64_t n = shape[size_t(d)], m = moved.numel() / n;
  std::vector<int64_t> order(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) order[size_t(i)] = i;
  Tensor inverse = empty({n}, DType::Int64), counts_all = zeros({n}, DType::Int64);
  std::vector<int64_t> firsts;  // the row that stands for each group
  dispatch(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* rows = moved.data<T>();
    if (!consecutive)
      stdsort::sort(order.begin(), order.end(), [&](int64_t a, int64_t b) {
        for (int64_t k = 0; k < m; ++k) {
          const T x = rows[a * m + k], y = rows[b * m + k];
          if (x < y) return true;
          if (x > y) return false;
        }
        return false;
      });
    auto same = [&](int64_t a, int64_t b) {
      for (int64_t k = 0; k < m; ++k)
        if (!(rows[a * m + k] == rows[b * m + k])) return false;
      return true;
    };
    for (int64_t row : order) {
      if (firsts.empty() || !same(firsts.back(), row)) firsts.push_back(row);
      inverse.data<int64_t>()[row] = int64_t(firsts.size()) - 1;
      ++counts_all.data<int64_t>()[firsts.size() - 1];
    }
  });
  const int64_t groups = int64_t(firsts.size());
  Tensor picked = index_select(moved, 0, [&] {
    Tensor rows = empty({groups}, DType::Int64);
    std::copy(firsts.begin(), firsts.end(), rows.data<int64_t>());
    return rows;
  }());
  Tensor values = contiguous_copy(permute(picked, back));
  record_not_differentiable(values, t, node, op);
  return {values, inverse, contiguous_copy(slice(counts_all, 0, 0, groups, 1))};
}

}  // namespace gb
