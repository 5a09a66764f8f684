#pragma once
// Shared test vocabulary: build tensors from literals, read them back, and check gradients
// against central finite differences in float64.
#include <doctest/doctest.h>

#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "autograd/backward.h"
#include "autograd/node.h"
#include "format/format.h"
#include "kernels/float_bits.h"
#include "ops/ops.h"

namespace gb::test {

inline Tensor make(const std::vector<double>& values, const Shape& shape, DType dtype = DType::Float32,
                   bool requires_grad = false) {
  Tensor t = empty(shape, dtype);
  dispatch_stored(dtype, [&](auto tag) {
    using T = decltype(tag);
    for (size_t i = 0; i < values.size(); ++i)
      if constexpr (is_reduced_float_v<T>) t.data<T>()[i] = convert<T>(values[i]);
      else t.data<T>()[i] = static_cast<T>(values[i]);
  });
  t.impl()->requires_grad = requires_grad;
  return t;
}

inline Tensor vec(const std::vector<double>& values, bool requires_grad = false) {
  return make(values, {int64_t(values.size())}, DType::Float32, requires_grad);
}

// Row-major values of any tensor, widened to double.
inline std::vector<double> values(const Tensor& t) {
  Tensor c = contiguous_copy(t);
  std::vector<double> out(size_t(c.numel()));
  dispatch_stored(c.dtype(), [&](auto tag) {
    using T = decltype(tag);
    for (size_t i = 0; i < out.size(); ++i) out[i] = convert<double>(c.data<T>()[i]);
  });
  return out;
}

// The IEEE bit patterns of a tensor's values as float32: exact comparisons with PyTorch's.
inline std::vector<uint32_t> float_bits(const Tensor& t) {
  std::vector<uint32_t> out;
  for (double v : values(t)) out.push_back(float_to_bits(float(v)));
  return out;
}

inline Tensor grad_of(const Tensor& t) { return t.impl()->grad; }

// A Python number operand (PyTorch's "wrapped number"): float64 unless told otherwise.
inline Tensor num(double v, DType t = DType::Float64) { return wrapped_scalar(v, t); }

inline Tensor ints(const std::vector<double>& v) { return make(v, {int64_t(v.size())}, DType::Int64); }

// 0, 1, 2, ... laid out in `shape`.
inline Tensor iota(const Shape& shape, DType dtype = DType::Float32) {
  std::vector<double> v(size_t(numel(shape)));
  for (size_t i = 0; i < v.size(); ++i) v[i] = double(i);
  return make(v, shape, dtype);
}

inline std::string name_of(const Tensor& t) { return t.grad_fn() ? t.grad_fn()->name() : "None"; }

using TensorFunction = std::function<Tensor(const std::vector<Tensor>&)>;

// A fixed pseudo-random weighting of n elements, so that every element matters.
inline std::vector<double> weighting(int64_t n, size_t seed) {
  std::vector<double> w(static_cast<size_t>(n));
  for (size_t i = 0; i < w.size(); ++i) w[i] = 0.5 + 0.37 * double((i * 7 + seed) % 5);
  return w;
}

// Second order: the gradient of s(x) = Σ_k <∂L/∂x_k, v_k> (L = sum(f(x) · w), v_k fixed
// weightings) from a backward pass through the recorded first backward (create_graph), against
// central differences of the first-order gradient. An input that s does not reach has a zero
// second derivative.
inline void check_second_gradients(const TensorFunction& f, const std::vector<Tensor>& inputs,
                                   const Tensor& weights, double tolerance) {
  std::vector<Tensor> directions;
  for (size_t k = 0; k < inputs.size(); ++k) directions.push_back(make(weighting(inputs[k].numel(), k + 1), inputs[k].shape(), DType::Float64));
  auto first_order = [&](bool create_graph) {
    std::vector<Tensor> g = grad({f(inputs)}, {weights}, inputs, create_graph, true, create_graph);
    Tensor s = num(0);
    for (size_t k = 0; k < g.size(); ++k)
      if (g[k].defined()) s = add(s, sum(mul(g[k], directions[k])));
    return s;
  };
  Tensor s = first_order(true);
  std::vector<Tensor> analytic(inputs.size());
  if (s.requires_grad()) analytic = grad({s}, {}, inputs, false, true);
  const double h = 1e-6;
  for (size_t k = 0; k < inputs.size(); ++k) {
    const Tensor& x = inputs[k];
    std::vector<double> second = analytic[k].defined() ? values(analytic[k]) : std::vector<double>(size_t(x.numel()), 0.0);
    for (int64_t i = 0; i < x.numel(); ++i) {
      double* p = x.data<double>() + i;
      double saved = *p;
      *p = saved + h;
      double up = values(first_order(false))[0];
      *p = saved - h;
      double down = values(first_order(false))[0];
      *p = saved;
      INFO("second order: input ", k, " element ", i);
      CHECK(second[size_t(i)] == doctest::Approx((up - down) / (2 * h)).epsilon(tolerance * 10).scale(1.0));
    }
  }
}

enum class Order { First, Second };

// Compares d(sum(f(inputs) * w))/d(input) from backward() with central differences, where w
// is a fixed pseudo-random weighting so every output element matters; then, unless told
// Order::First, the second derivatives (check_second_gradients). Inputs must be float64.
inline void check_gradients(const TensorFunction& f, std::vector<Tensor> inputs, double tolerance = 1e-6,
                            Order order = Order::Second) {
  for (Tensor& t : inputs) {
    t.impl()->requires_grad = true;
    t.impl()->grad = Tensor{};  // inputs may be shared between checks
  }
  Tensor out = f(inputs);
  const std::vector<double> w = weighting(out.numel(), 0);
  Tensor weights = make(w, out.shape(), out.dtype());
  backward({out}, {weights}, false);
  auto objective = [&]() {
    std::vector<double> y = values(f(inputs));
    double s = 0;
    for (size_t i = 0; i < y.size(); ++i) s += y[i] * w[i];
    return s;
  };
  const double h = 1e-6;
  for (size_t k = 0; k < inputs.size(); ++k) {
    Tensor x = inputs[k];
    REQUIRE(x.dtype() == DType::Float64);
    REQUIRE(grad_of(x).defined());
    std::vector<double> analytic = values(grad_of(x));
    for (int64_t i = 0; i < x.numel(); ++i) {
      double* p = x.data<double>() + i;  // inputs are contiguous
      double saved = *p;
      *p = saved + h;
      double up = objective();
      *p = saved - h;
      double down = objective();
      *p = saved;
      double numeric = (up - down) / (2 * h);
      INFO("input ", k, " element ", i);
      CHECK(analytic[size_t(i)] == doctest::Approx(numeric).epsilon(tolerance).scale(1.0));
    }
  }
  if (order == Order::Second) check_second_gradients(f, inputs, weights, tolerance);
}

// For derivatives PyTorch 1.13 itself leaves unrecorded under create_graph (hardsigmoid's,
// embedding_bag's, prod's over two zeros or more; see docs/double-backward.md): first
// derivatives only.
inline void check_first_gradients(const TensorFunction& f, std::vector<Tensor> inputs, double tolerance = 1e-6) {
  check_gradients(f, std::move(inputs), tolerance, Order::First);
}

inline Tensor f64(const std::vector<double>& values, const Shape& shape) { return make(values, shape, DType::Float64); }

}  // namespace gb::test
