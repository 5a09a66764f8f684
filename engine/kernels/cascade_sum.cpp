#include "kernels/cascade_sum.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <numeric>
#include <utility>
#include <vector>

namespace gb {

namespace {

// One AVX2 register's worth of lanes: 8 floats or 4 doubles, added lane by lane.
template <class T>
struct Lanes {
  static constexpr int W = 32 / sizeof(T);
  T v[W];
  static Lanes zero() { return Lanes{}; }
  static Lanes load(const T* p) {
    Lanes r;
    std::memcpy(r.v, p, sizeof r.v);
    return r;
  }
  Lanes& operator+=(const Lanes& o) {
    for (int l = 0; l < W; ++l) v[l] += o.v[l];
    return *this;
  }
};

template <class A>
A zero_of() {
  if constexpr (std::is_arithmetic_v<A>) return A(0);
  else return A::zero();
}

int64_t ceil_log2(int64_t x) { return x <= 2 ? 1 : int64_t(std::bit_width(uint64_t(x - 1))); }

// Σ over i < size of load(i, k) for rows k < R at once, cascaded over four levels of
// chunks of 2^p terms (p grows with size so the depth stays four).
template <class A, int R, class Load>
std::array<A, R> multi_row_sum(int64_t size, Load load) {
  constexpr int levels = 4;
  const int64_t power = std::max<int64_t>(4, ceil_log2(size) / levels);
  const int64_t step = int64_t(1) << power, mask = step - 1;
  A acc[levels][R];
  for (auto& level : acc)
    for (A& a : level) a = zero_of<A>();
  int64_t i = 0;
  while (i + step <= size) {
    for (int64_t j = 0; j < step; ++j, ++i)
      for (int k = 0; k < R; ++k) acc[0][k] += load(i, k);
    for (int j = 1; j < levels; ++j) {
      for (int k = 0; k < R; ++k) {
        acc[j][k] += acc[j - 1][k];
        acc[j - 1][k] = zero_of<A>();
      }
      if ((i & (mask << (j * power))) != 0) break;
    }
  }
  for (; i < size; ++i)
    for (int k = 0; k < R; ++k) acc[0][k] += load(i, k);
  for (int j = 1; j < levels; ++j)
    for (int k = 0; k < R; ++k) acc[0][k] += acc[j][k];
  std::array<A, R> out;
  for (int k = 0; k < R; ++k) out[k] = acc[0][k];
  return out;
}

// Σ over i < size of load(i): four interleaved partial sums (terms 4q+k), the leftover
// terms into the first, then the four combined in order.
template <class A, class Load>
A row_sum(int64_t size, Load load) {
  constexpr int ilp = 4;
  const int64_t rows = size / ilp;
  auto partial = multi_row_sum<A, ilp>(rows, [&](int64_t i, int k) { return load(i * ilp + k); });
  for (int64_t i = rows * ilp; i < size; ++i) partial[0] += load(i);
  for (int k = 1; k < ilp; ++k) partial[0] += partial[k];
  return partial[0];
}

// One 2-D block: size0 × size1 elements with element strides s_in (input) and s_out
// (output); dim 0 is reduced (s_out[0] == 0) unless the block reduces nothing.
template <class T>
void sum_block(T* out, const T* in, int64_t size0, int64_t size1, std::array<int64_t, 2> s_in,
               std::array<int64_t, 2> s_out) {
  using V = Lanes<T>;
  constexpr int W = V::W;
  if (s_out[0] != 0 && s_out[1] == 0) {
    std::swap(s_in[0], s_in[1]);
    std::swap(s_out[0], s_out[1]);
    std::swap(size0, size1);
  }
  if (s_out[0] != 0) {  // nothing reduced here: out += in
    for (int64_t j = 0; j < size1; ++j)
      for (int64_t i = 0; i < size0; ++i) out[i * s_out[0] + j * s_out[1]] += in[i * s_in[0] + j * s_in[1]];
    return;
  }
  const int64_t so = s_out[1];
  if (s_in[0] == 1 && size0 >= W) {  // rows contiguous: vectors along each row
    const int64_t vectors = size0 / W;
    for (int64_t j = 0; j < size1; ++j) {
      const T* row = in + j * s_in[1];
      const V lanes = row_sum<V>(vectors, [&](int64_t i) { return V::load(row + i * W); });
      T total = 0;
      for (int64_t i = vectors * W; i < size0; ++i) total += row[i];
      for (int l = 0; l < W; ++l) total += lanes.v[l];
      out[j * so] += total;
    }
  } else if (s_in[1] == 1 && size1 >= W) {  // columns contiguous: vectors across columns
    int64_t j = 0;
    for (; j + 4 * W <= size1; j += 4 * W) {
      const auto sums = multi_row_sum<V, 4>(size0, [&](int64_t i, int k) { return V::load(in + i * s_in[0] + j + k * W); });
      for (int k = 0; k < 4; ++k)
        for (int l = 0; l < W; ++l) out[(j + k * W + l) * so] += sums[k].v[l];
    }
    for (; j + W <= size1; j += W) {
      const V sums = row_sum<V>(size0, [&](int64_t i) { return V::load(in + i * s_in[0] + j); });
      for (int l = 0; l < W; ++l) out[(j + l) * so] += sums.v[l];
    }
    for (; j < size1; ++j) out[j * so] += row_sum<T>(size0, [&](int64_t i) { return in[i * s_in[0] + j]; });
  } else if (s_in[0] < s_in[1]) {
    for (int64_t j = 0; j < size1; ++j)
      out[j * so] += row_sum<T>(size0, [&](int64_t i) { return in[i * s_in[0] + j * s_in[1]]; });
  } else {
    int64_t j = 0;
    for (; j + 3 < size1; j += 4) {
      const auto sums = multi_row_sum<T, 4>(size0, [&](int64_t i, int k) { return in[i * s_in[0] + (j + k) * s_in[1]]; });
      for (int k = 0; k < 4; ++k) out[(j + k) * so] += sums[k];
    }
    for (; j < size1; ++j)
      out[j * so] += row_sum<T>(size0, [&](int64_t i) { return in[i * s_in[0] + j * s_in[1]]; });
  }
}

struct Dim {
  int64_t size, in, out;  // extent, input stride, output stride (elements)
};

// PyTorch's dim order for a reduction: reduced dims first, then by stride (output's, then
// input's), by an insertion sort that starts from the reversed dims.
std::vector<Dim> iteration_order(const Shape& shape, const Shape& in_strides, const Shape& out_strides) {
  std::vector<Dim> dims;
  for (size_t d = shape.size(); d-- > 0;)
    if (shape[d] != 1) dims.push_back({shape[d], in_strides[d], out_strides[d]});
  auto should_swap = [](const Dim& a, const Dim& b) {
    if ((a.out == 0) != (b.out == 0)) return b.out == 0 ? 1 : -1;
    for (auto [s0, s1] : {std::pair{a.out, b.out}, std::pair{a.in, b.in}}) {
      if (s0 == 0 || s1 == 0) continue;
      if (s0 != s1) return s0 < s1 ? -1 : 1;
      if (a.size > b.size) return 1;  // equal strides: the smaller dim goes first
    }
    return 0;
  };
  for (size_t i = 1; i < dims.size(); ++i)
    for (size_t d1 = i, d0 = i; d0-- > 0;) {
      const int c = should_swap(dims[d0], dims[d1]);
      if (c > 0) {
        std::swap(dims[d0], dims[d1]);
        d1 = d0;
      } else if (c < 0) {
        break;
      }
    }
  std::vector<Dim> merged;
  for (const Dim& d : dims) {
    if (!merged.empty() && merged.back().in * merged.back().size == d.in &&
        merged.back().out * merged.back().size == d.out) {
      merged.back().size *= d.size;
    } else {
      merged.push_back(d);
    }
  }
  return merged;
}

template <class T>
void cascade_sum_impl(T* out, int64_t out_numel, const Shape& out_strides, const T* in, const Shape& shape,
                      const Shape& in_strides) {
  std::fill_n(out, out_numel, T(0));
  if (numel(shape) == 0) return;
  std::vector<Dim> dims = iteration_order(shape, in_strides, out_strides);
  while (dims.size() < 2) dims.push_back({1, 0, 0});
  const Dim d0 = dims[0], d1 = dims[1];
  // Odometer over the outer dims, one block per step.
  std::vector<int64_t> index(dims.size(), 0);
  int64_t in_off = 0, out_off = 0;
  while (true) {
    sum_block(out + out_off, in + in_off, d0.size, d1.size, {d0.in, d1.in}, {d0.out, d1.out});
    size_t d = 2;
    for (; d < dims.size(); ++d) {
      in_off += dims[d].in;
      out_off += dims[d].out;
      if (++index[d] < dims[d].size) break;
      in_off -= dims[d].in * dims[d].size;
      out_off -= dims[d].out * dims[d].size;
      index[d] = 0;
    }
    if (d == dims.size()) return;
  }
}

}  // namespace

void cascade_sum(float* out, int64_t out_numel, const Shape& out_strides, const float* in, const Shape& shape,
                 const Shape& in_strides) {
  cascade_sum_impl(out, out_numel, out_strides, in, shape, in_strides);
}

void cascade_sum(double* out, int64_t out_numel, const Shape& out_strides, const double* in, const Shape& shape,
                 const Shape& in_strides) {
  cascade_sum_impl(out, out_numel, out_strides, in, shape, in_strides);
}

}  // namespace gb
