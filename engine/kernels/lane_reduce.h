#pragma once
// Reductions in the order PyTorch's vectorised CPU kernels (AVX2) add: a row is split over
// the lanes of a SIMD register (8 floats or 4 doubles), each lane accumulates every 8th (4th)
// element, and the lanes are combined at the end — for floats pairwise, (0+4)+(2+6) and
// (1+5)+(3+7), for doubles in lane order. Rows shorter than a register are summed in order.
// Kernels that must reproduce PyTorch's rounding (softmax, its backward) sum through these.
#include <algorithm>
#include <cstdint>

#include "kernels/fused_multiply_add.h"

namespace gb {

template <class T>
struct SimdLanes;

template <>
struct SimdLanes<float> {
  static constexpr int size = 8;
  static float combine(const float* a) { return ((a[0] + a[4]) + (a[2] + a[6])) + ((a[1] + a[5]) + (a[3] + a[7])); }
};

template <>
struct SimdLanes<double> {
  static constexpr int size = 4;
  static double combine(const double* a) { return ((a[0] + a[1]) + a[2]) + a[3]; }
};

// Σ term(i) for i in [0, n), n >= 1; `step(acc, i)` adds term i into a lane accumulator.
template <class T, class Term, class Step>
T lane_reduce(int64_t n, Term term, Step step) {
  constexpr int V = SimdLanes<T>::size;
  if (n < V) {
    T s = term(0);
    for (int64_t i = 1; i < n; ++i) s = s + term(i);
    return s;
  }
  T acc[V];
  for (int j = 0; j < V; ++j) acc[j] = term(j);
  int64_t d = V;
  for (; d + V <= n; d += V)
    for (int j = 0; j < V; ++j) acc[j] = step(acc[j], d + j);
  for (int64_t j = 0; d + j < n; ++j) acc[j] = step(acc[j], d + j);
  return SimdLanes<T>::combine(acc);
}

// Σ x[i·stride].
template <class T>
T lane_sum(const T* x, int64_t n, int64_t stride = 1) {
  return lane_reduce<T>(
      n, [&](int64_t i) { return x[i * stride]; }, [&](T acc, int64_t i) { return acc + x[i * stride]; });
}

// Σ a[i]·b[i], each product after the first register fused into its lane's running sum.
template <class T>
T lane_dot(const T* a, const T* b, int64_t n) {
  return lane_reduce<T>(
      n, [&](int64_t i) { return a[i] * b[i]; }, [&](T acc, int64_t i) { return fused_multiply_add(a[i], b[i], acc); });
}

// Σ term(i) over a bfloat16 row, n >= 1, as PyTorch's bfloat16 vector helpers add in float32:
// one vector of 16 bfloat16 widens to two float registers, so lane j (of 16) accumulates every
// 16th element from j; the two registers are added lane by lane, then combined as floats.
// Rows shorter than 16 add their second half onto the first lanes, then those lanes in order.
template <class Term>
float bfloat16_lane_reduce(int64_t n, Term term) {
  constexpr int V = 16, half = SimdLanes<float>::size;
  float lanes[half] = {};
  if (n < V) {
    for (int64_t j = 0; j < n && j < half; ++j) lanes[j] = term(j);
    for (int64_t j = 0; half + j < n; ++j) lanes[j] = lanes[j] + term(half + j);
    float s = lanes[0];
    for (int64_t i = 1; i < std::min<int64_t>(n, half); ++i) s = s + lanes[i];
    return s;
  }
  float acc[V];
  for (int j = 0; j < V; ++j) acc[j] = term(j);
  int64_t d = V;
  for (; d + V <= n; d += V)
    for (int j = 0; j < V; ++j) acc[j] = acc[j] + term(d + j);
  for (int64_t j = 0; d + j < n; ++j) acc[j] = acc[j] + term(d + j);
  for (int j = 0; j < half; ++j) lanes[j] = acc[j] + acc[half + j];
  return SimdLanes<float>::combine(lanes);
}

}  // namespace gb
