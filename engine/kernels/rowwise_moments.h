#pragma once
// The mean and (biased) variance of a row, in the order PyTorch's CPU layer_norm and group_norm
// kernels compute them (AVX2): Welford's update per SIMD lane (8 floats or 4 doubles) over
// chunks of 16 registers, chunks merged pairwise in a cascade, then the lanes merged in order
// after the elements that do not fill a register. Unlike PyTorch's other AVX2 kernels, these
// updates are not fused into multiply-adds: every product is rounded before it is added.
#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>
#include <vector>

#include "kernels/lane_reduce.h"

namespace gb {

template <class T>
struct LaneMoments {
  static constexpr int V = SimdLanes<T>::size;
  int64_t count = 0;
  std::array<T, V> mean{}, m2{};

  // Chan's merge of another set of moments, as PyTorch's AddMomentsVec does it.
  void add(const LaneMoments& other) {
    const int64_t n = count + other.count;
    const T c = n == 0 ? T(0) : T(other.count) / T(n);
    for (int j = 0; j < V; ++j) {
      const T delta = other.mean[j] - mean[j];
      mean[j] += c * delta;
      m2[j] += other.m2[j] + delta * delta * c * T(count);
    }
    count = n;
  }
};

// (mean, m2 / n) of x[0, n).
template <class T>
std::pair<T, T> rowwise_moments(const T* x, int64_t n) {
  constexpr int V = SimdLanes<T>::size;
  constexpr int64_t kChunk = 16;
  const int64_t registers = n / V;
  const int64_t chunks = (registers + kChunk - 1) / kChunk;
  int depth = 0;
  while ((int64_t(1) << depth) < chunks) ++depth;
  std::vector<LaneMoments<T>> stack(size_t(std::max(depth, 1)));
  for (int64_t i = 0; i < chunks; ++i) {
    const T* chunk = x + i * kChunk * V;
    LaneMoments<T> local;
    local.count = std::min(kChunk, registers - i * kChunk);
    for (int64_t r = 0; r < local.count; ++r) {
      const T weight = T(1) / T(r + 1);
      for (int j = 0; j < V; ++j) {
        const T value = chunk[r * V + j];
        const T delta = value - local.mean[j];
        local.mean[j] += delta * weight;
        local.m2[j] += delta * (value - local.mean[j]);
      }
    }
    stack[0].add(local);
    // Carry like a binary counter: level k merges into level k+1 each 2^k chunks.
    int64_t mask = i + 1;
    for (int k = 1; k < depth && (mask & 1) == 0; ++k) {
      stack[size_t(k)].add(stack[size_t(k - 1)]);
      stack[size_t(k - 1)] = {};
      mask >>= 1;
    }
  }
  for (int k = 1; k < depth; ++k) stack[0].add(stack[size_t(k)]);
  int64_t count = 0;
  T mean = 0, m2 = 0;
  for (int64_t i = registers * V; i < n; ++i) {
    const T delta = x[i] - mean;
    ++count;
    mean += delta / T(count);
    m2 += delta * (x[i] - mean);
  }
  for (int j = 0; j < V; ++j) {
    const int64_t total = count + registers;
    const T c = total == 0 ? T(0) : T(registers) / T(total);
    const T delta = stack[0].mean[size_t(j)] - mean;
    mean += c * delta;
    m2 += stack[0].m2[size_t(j)] + delta * delta * c * T(count);
    count = total;
  }
  return {mean, m2 / T(n)};
}

}  // namespace gb
