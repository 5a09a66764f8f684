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
  dispatch(dtype, [&](auto tag) {
    using T = decltype(tag);
    for (size_t i = 0; i < values.size(); ++i) t.data<T>()[i] = static_cast<T>(values[i]);
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
  dispatch(c.dtype(), [&](auto tag) {
    using T = decltype(tag);
    for (size_t i = 0; i < out.size(); ++i) out[i] = double(c.data<T>()[i]);
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

// Compares d(sum(f(inputs) * w))/d(input) from backward() with central differences, where w
// is a fixed pseudo-random weighting so every output element matters. Inputs must be float64.
inline void check_gradients(const std::function<Tensor(const std::vector<Tensor>&)>& f, std::vector<Tensor> inputs,
                            double tolerance = 1e-6) {
  for (Tensor& t : inputs) {
    t.impl()->requires_grad = true;
    t.impl()->grad = Tensor{};  // inputs may be shared between checks
  }
  Tensor out = f(inputs);
  std::vector<double> w(size_t(out.numel()));
  for (size_t i = 0; i < w.size(); ++i) w[i] = 0.5 + 0.37 * double((i * 7) % 5);
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
}

inline Tensor f64(const std::vector<double>& values, const Shape& shape) { return make(values, shape, DType::Float64); }

}  // namespace gb::test
