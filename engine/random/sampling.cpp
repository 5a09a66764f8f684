// Random sampling: every op fills a tensor in place, drawing from a Generator in the order
// PyTorch's CPU kernels draw (memory order), with the same transforms, so a seeded program
// gets PyTorch's numbers.
#include "random/sampling.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "autograd/grad_mode.h"
#include "autograd/record.h"
#include "kernels/strided_loop.h"
#include "ops/ops.h"
#include "random/cephes_float.h"
#include "random/double_double.h"
#include "tensor/error.h"
#include "tensor/overlap.h"

namespace gb {

namespace {

// Calls f(t_offset, u_offset) for each element of t in memory order (dims by decreasing
// stride), the order in which PyTorch's iterator visits a tensor it writes; u_strides address
// the matching element of a second operand of t's shape.
template <class F>
void visit_in_memory_order(const Tensor& t, const Shape& u_strides, F f) {
  std::vector<size_t> order(t.shape().size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return t.strides()[a] > t.strides()[b]; });
  Shape shape, strides, other;
  for (size_t d : order) {
    shape.push_back(t.shape()[d]);
    strides.push_back(t.strides()[d]);
    other.push_back(u_strides[d]);
  }
  strided_loop<2>(shape, {strides, other}, [&](const auto& off, int64_t n, const auto& s) {
    for (int64_t i = 0; i < n; ++i) f(off[0] + i * s[0], off[1] + i * s[1]);
  });
}

template <class T, class F>
void for_each_in_memory_order(const Tensor& t, F f) {
  T* data = t.data<T>();
  visit_in_memory_order(t, t.strides(), [&](int64_t at, int64_t) { f(data[at]); });
}

// A sampling op writes self in place; under autograd it is a leaf error, and a non-leaf
// that required grad now holds values whose gradient is zero.
template <class Fill>
Tensor fill_in_place(const Tensor& self, const char* backward_name, Fill fill) {
  check_inplace(self);
  check_no_internal_overlap(self);
  fill();
  bump_version(self);
  if (needs_grad(self))
    record(backward_name, self, {self}, {}, [](const BackwardContext& c) { return Grads{zeros_like(c.grad())}; });
  return self;
}

[[noreturn]] void not_implemented_for(const char* kernel, DType t) {
  fail("\"", kernel, "\" not implemented for '", scalar_type_name(t), "'");
}

// ---- normal

constexpr double kTwoPi = 6.283185307179586;

// Box–Muller in double with the generator's one-value cache; used for small or strided
// tensors of every dtype. The radius comes from the second uniform, the angle from the first.
// log, sin and cos are correctly rounded (PyTorch calls glibc's, which nearly always are).
double normal_scalar(Generator& g, double mean, double std) {
  double z;
  if (g.next_double_normal) {
    z = *g.next_double_normal;
    g.next_double_normal.reset();
  } else {
    const double u1 = g.uniform_double(), u2 = g.uniform_double();
    const double radius = std::sqrt(-2.0 * dd::log(1.0 - u2));
    const dd::SinCos sc = dd::sincos(kTwoPi * u1);
    g.next_double_normal = radius * sc.sin;
    z = radius * sc.cos;
  }
  return fused_multiply_add(z, std, mean);
}

// One block of 16 uniforms becomes 16 normals: slot j (radius) pairs with slot j + 8 (angle).
void box_muller_block(float* d, float mean, float std) {
  const float kTwoPiF = float_from_bits(0x40C90FDB);
  for (int j = 0; j < 8; ++j) {
    const float u1 = 1.0f - d[j], u2 = d[j + 8];
    const float radius = std::sqrt(-2.0f * cephes::log(u1));
    const cephes::SinCos sc = cephes::sincos(kTwoPiF * u2);
    d[j] = fused_multiply_add(radius * sc.cos, std, mean);
    d[j + 8] = fused_multiply_add(radius * sc.sin, std, mean);
  }
}
void box_muller_block(double* d, double mean, double std) {
  for (int j = 0; j < 8; ++j) {
    const double u1 = 1.0 - d[j], u2 = d[j + 8];
    const double radius = std::sqrt(-2.0 * dd::log(u1));
    const dd::SinCos sc = dd::sincos(kTwoPi * u2);
    d[j] = fused_multiply_add(radius * sc.cos, std, mean);
    d[j + 8] = fused_multiply_add(radius * sc.sin, std, mean);
  }
}

template <class T>
T uniform(Generator& g) {
  if constexpr (std::is_same_v<T, float>) return g.uniform_float();
  else return g.uniform_double();
}

// The vectorised path for contiguous tensors of 16 or more elements: all uniforms first, then
// blocks of 16. A ragged tail redraws the last 16 slots and transforms them as one more block.
template <class T>
void normal_fill(T* d, int64_t n, T mean, T std, Generator& g) {
  for (int64_t i = 0; i < n; ++i) d[i] = uniform<T>(g);
  for (int64_t i = 0; i + 16 <= n; i += 16) box_muller_block(d + i, mean, std);
  if (n % 16 != 0) {
    T* tail = d + n - 16;
    for (int k = 0; k < 16; ++k) tail[k] = uniform<T>(g);
    box_muller_block(tail, mean, std);
  }
}

// ---- integers

// An integer in [from, from + range): one draw, or a random64 for ranges of 2³² and more.
int64_t uniform_int(Generator& g, uint64_t range, int64_t from) {
  const uint64_t v = range >= (uint64_t(1) << 32) ? g.random64() : g.random();
  return int64_t(v % range + uint64_t(from));
}

template <class T>
void check_int_bounds(int64_t from, int64_t to_inclusive) {
  if constexpr (std::is_same_v<T, int32_t> || std::is_same_v<T, bool>) {
    const char* name = std::is_same_v<T, bool> ? "bool" : "int";
    const int64_t lo = std::numeric_limits<T>::lowest(), hi = std::numeric_limits<T>::max();
    if (from < lo || from > hi) fail("from is out of bounds for ", name);
    if (to_inclusive < lo || to_inclusive > hi) fail("to - 1 is out of bounds for ", name);
  }
}

// random_() without bounds: [0, 2^mantissa] for floats, [0, max] for integers.
template <class T>
T uniform_full_range(Generator& g) {
  if constexpr (std::is_same_v<T, bool>) return (g.random() & 1) != 0;
  else if constexpr (std::is_same_v<T, int32_t>) return T(g.random() % (uint32_t(1) << 31));
  else if constexpr (std::is_same_v<T, int64_t>) return T(g.random64() % (uint64_t(1) << 63));
  else if constexpr (std::is_same_v<T, float>) return T(g.random() % ((uint32_t(1) << 24) + 1));
  else return T(g.random64() % ((uint64_t(1) << 53) + 1));
}

}  // namespace

Tensor uniform_(const Tensor& self, double from, double to, Generator& g) {
  if (!is_floating(self.dtype())) not_implemented_for("check_uniform_bounds", self.dtype());
  if (!(from <= to)) fail("uniform_ expects to return a [from, to) range, but found from=", from, " > to=", to);
  return fill_in_place(self, "UniformBackward0", [&] {
    dispatch(self.dtype(), [&](auto tag) {
      using T = decltype(tag);
      if constexpr (std::is_floating_point_v<T>) {
        const double limit = std::numeric_limits<T>::max();
        if (to - from > limit)
          fail("uniform_ expects to-from <= std::numeric_limits<", std::is_same_v<T, float> ? "float" : "double",
               ">::max(), but found to=", to, " and from=", from, " which result in to-from to exceed the limit");
        const T lo = T(from), range = T(T(to) - lo);
        for_each_in_memory_order<T>(self, [&](T& x) { x = fused_multiply_add(uniform<T>(g), range, lo); });
      }
    });
  });
}

Tensor normal_(const Tensor& self, double mean, double std, Generator& g) {
  if (!is_floating(self.dtype())) not_implemented_for("normal_kernel_cpu", self.dtype());
  if (!(std >= 0.0)) fail("normal expects std >= 0.0, but found std ", std);
  return fill_in_place(self, "NormalBackward0", [&] {
    dispatch(self.dtype(), [&](auto tag) {
      using T = decltype(tag);
      if constexpr (std::is_floating_point_v<T>) {
        if (self.numel() >= 16 && self.is_contiguous())
          normal_fill<T>(self.data<T>(), self.numel(), T(mean), T(std), g);
        else
          for_each_in_memory_order<T>(self, [&](T& x) { x = T(normal_scalar(g, mean, std)); });
      }
    });
  });
}

Tensor random_(const Tensor& self, int64_t from, int64_t to, Generator& g) {
  if (from >= to) fail("random_ expects 'from' to be less than 'to', but got from=", from, " >= to=", to);
  return fill_in_place(self, "RandomBackward1", [&] {
    dispatch(self.dtype(), [&](auto tag) {
      using T = decltype(tag);
      check_int_bounds<T>(from, to - 1);
      const uint64_t range = uint64_t(to) - uint64_t(from);
      for_each_in_memory_order<T>(self, [&](T& x) { x = T(uniform_int(g, range, from)); });
    });
  });
}

Tensor random_(const Tensor& self, Generator& g) {
  return fill_in_place(self, "RandomBackward0", [&] {
    dispatch(self.dtype(), [&](auto tag) {
      using T = decltype(tag);
      for_each_in_memory_order<T>(self, [&](T& x) { x = uniform_full_range<T>(g); });
    });
  });
}

// One random64 per element: 1 if its 53-bit uniform is below p.
Tensor bernoulli_(const Tensor& self, double p, Generator& g) {
  if (!(p >= 0 && p <= 1)) fail("bernoulli_ expects p to be in [0, 1], but got p=", p);
  return fill_in_place(self, "BernoulliBackward1", [&] {
    dispatch(self.dtype(), [&](auto tag) {
      using T = decltype(tag);
      for_each_in_memory_order<T>(self, [&](T& x) { x = T(g.uniform_double() < p ? 1 : 0); });
    });
  });
}

// Per-element probabilities p (broadcast to self's shape): against a float32 p the draw is a
// 24-bit uniform compared in float, against a float64 p a 53-bit one; one draw per element of
// self, in its memory order.
Tensor bernoulli_(const Tensor& self, const Tensor& p, Generator& g) {
  if (!is_floating(p.dtype())) not_implemented_for("bernoulli_tensor_cpu_p_", p.dtype());
  const Tensor probs = expand(detach(p), self.shape());
  const bool in_range = dispatch(p.dtype(), [&](auto tag) {
    using P = decltype(tag);
    bool ok = true;
    visit_in_memory_order(probs, probs.strides(), [&](int64_t at, int64_t) {
      const P q = probs.data<P>()[at];
      ok = ok && q >= 0 && q <= 1;
    });
    return ok;
  });
  if (!in_range)
    fail("Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this error message be improved?  "
         "If so, please report an enhancement request to PyTorch.)");
  return fill_in_place(self, "BernoulliBackward2", [&] {
    dispatch(p.dtype(), [&](auto p_tag) {
      using P = decltype(p_tag);
      if constexpr (std::is_floating_point_v<P>) {
        dispatch(self.dtype(), [&](auto tag) {
          using T = decltype(tag);
          const P* q = probs.data<P>();
          T* out = self.data<T>();
          visit_in_memory_order(self, probs.strides(), [&](int64_t at, int64_t pi) {
            out[at] = T(uniform<P>(g) < q[pi] ? 1 : 0);
          });
        });
      }
    });
  });
}

Tensor bernoulli(const Tensor& p, Generator& g) {
  GradModeGuard untracked(false);
  return bernoulli_(empty(p.shape(), p.dtype()), p, g);
}

// A forward Fisher–Yates shuffle with one 32-bit draw per step (n - 1 draws).
Tensor randperm(int64_t n, DType dtype, Generator& g) {
  Tensor out = empty({n}, dtype);
  std::vector<int64_t> perm(size_t(std::max<int64_t>(n, 0)));
  std::iota(perm.begin(), perm.end(), 0);
  for (int64_t i = 0; i + 1 < n; ++i) {
    const int64_t z = int64_t(g.random() % uint64_t(n - i));
    std::swap(perm[size_t(i)], perm[size_t(i + z)]);
  }
  dispatch(dtype, [&](auto tag) {
    using T = decltype(tag);
    std::transform(perm.begin(), perm.end(), out.data<T>(), [](int64_t v) { return T(v); });
  });
  return out;
}

// One 53-bit uniform u per element, in memory order: -1/λ · log(1 - u), computed in double.
Tensor exponential_(const Tensor& self, double lambda, Generator& g) {
  if (!is_floating(self.dtype())) not_implemented_for("exponential_cpu", self.dtype());
  if (!(lambda >= 0.0)) fail("exponential_ expects lambda >= 0.0, but found lambda=", lambda);
  return fill_in_place(self, "ExponentialBackward0", [&] {
    dispatch(self.dtype(), [&](auto tag) {
      using T = decltype(tag);
      const double scale = -1.0 / lambda;
      for_each_in_memory_order<T>(self, [&](T& x) { x = T(scale * dd::log(1.0 - g.uniform_double())); });
    });
  });
}

// One 53-bit uniform u per element, in memory order: ⌈log(u) / log(1 - p)⌉, computed in double.
Tensor geometric_(const Tensor& self, double p, Generator& g) {
  if (!(0 < p && p < 1)) fail("geometric_ expects p to be in (0, 1), but got p=", p);
  return fill_in_place(self, "GeometricBackward0", [&] {
    dispatch(self.dtype(), [&](auto tag) {
      using T = decltype(tag);
      const double log_failure = dd::log(1.0 - p);
      for_each_in_memory_order<T>(self, [&](T& x) {
        const double u = g.uniform_double();
        const double log_u = u == 0 ? -std::numeric_limits<double>::infinity() : dd::log(u);
        x = T(std::ceil(log_u / log_failure));
      });
    });
  });
}

// e^z of one scalar normal z (mean, std) per element, in memory order, all in double.
Tensor log_normal_(const Tensor& self, double mean, double std, Generator& g) {
  if (!is_floating(self.dtype())) not_implemented_for("log_normal_cpu", self.dtype());
  if (!(std > 0.0)) fail("log_normal_ expects std > 0.0, but found std=", std);
  return fill_in_place(self, "LogNormalBackward0", [&] {
    dispatch(self.dtype(), [&](auto tag) {
      using T = decltype(tag);
      for_each_in_memory_order<T>(self, [&](T& x) { x = T(dd::exp(normal_scalar(g, mean, std))); });
    });
  });
}

// median + sigma · tan(π (u - 1/2)) of one 53-bit uniform u per element, in memory order, in
// double (the scaling fused, as in PyTorch's vectorised build).
Tensor cauchy_(const Tensor& self, double median, double sigma, Generator& g) {
  if (!is_floating(self.dtype())) not_implemented_for("cauchy_cpu", self.dtype());
  return fill_in_place(self, "CauchyBackward0", [&] {
    dispatch(self.dtype(), [&](auto tag) {
      using T = decltype(tag);
      constexpr double kPi = 3.141592653589793;
      for_each_in_memory_order<T>(self, [&](T& x) {
        x = T(fused_multiply_add(sigma, dd::tan(kPi * (g.uniform_double() - 0.5)), median));
      });
    });
  });
}

namespace {

// One Poisson count as PyTorch's CPU sampler draws it (after NumPy's): below rate 10 the
// number of uniforms whose running product stays above e^-rate; from 10 on Hörmann's
// transformed rejection, two uniforms per try.
int64_t poisson_count(double rate, Generator& g) {
  if (!(rate >= 0)) fail("invalid Poisson rate, expected rate to be non-negative");
  if (rate == 0) return 0;
  if (rate < 10) {
    const double limit = dd::exp(-rate);
    int64_t count = 0;
    for (double product = g.uniform_double(); product > limit; product *= g.uniform_double()) ++count;
    return count;
  }
  const double root = std::sqrt(rate), log_rate = dd::log(rate);
  const double b = 0.931 + 2.53 * root, a = -0.059 + 0.02483 * b;
  const double inverse_alpha = 1.1239 + 1.1328 / (b - 3.4), v_r = 0.9277 - 3.6224 / (b - 2);
  const auto log = [](double x) { return x == 0 ? -std::numeric_limits<double>::infinity() : dd::log(x); };
  while (true) {
    const double u = g.uniform_double() - 0.5, v = g.uniform_double();
    const double us = 0.5 - std::fabs(u);
    const auto k = int64_t(std::floor((2 * a / us + b) * u + rate + 0.43));
    if (us >= 0.07 && v <= v_r) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (log(v) + log(inverse_alpha) - log(a / (us * us) + b) <= -rate + double(k) * log_rate - std::lgamma(double(k) + 1))
      return k;
  }
}

}  // namespace

// Row by row over the rates; the counts' gradient is zero, as in PyTorch.
Tensor poisson(const Tensor& rates, Generator& g) {
  if (!is_floating(rates.dtype())) not_implemented_for("poisson_cpu", rates.dtype());
  Tensor out = empty(rates.shape(), rates.dtype());
  dispatch(rates.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const T* rate = rates.data<T>();
    T* count = out.data<T>();
    visit_in_memory_order(out, rates.strides(), [&](int64_t at, int64_t r) {
      count[at] = T(poisson_count(double(rate[r]), g));
    });
  });
  if (needs_grad(rates))
    record("PoissonBackward0", out, {rates}, {}, [](const BackwardContext& c) { return Grads{zeros_like(c.grad())}; });
  return out;
}

namespace {

// With replacement, row by row: the running sums of the row in its own dtype, divided by
// their total, form the cumulative distribution (its last entry forced to 1); each sample is
// a 53-bit uniform u placed by binary search at the first entry not below u. A row is
// checked as it is summed, so rows before a bad one have drawn already, as in PyTorch.
template <class T>
void sample_with_replacement(const Tensor& probs, int64_t num_samples, Generator& g, int64_t* out) {
  const bool two_dim = probs.dim() == 2;
  const int64_t rows = two_dim ? probs.shape()[0] : 1, categories = probs.shape().back();
  const int64_t row_stride = two_dim ? probs.strides()[0] : 0, stride = probs.strides().back();
  const T* p = probs.data<T>();
  std::vector<T> cumulative(static_cast<size_t>(categories));
  for (int64_t r = 0; r < rows; ++r) {
    T sum = 0;
    for (int64_t j = 0; j < categories; ++j) {
      const T v = p[r * row_stride + j * stride];
      if (!(v >= 0)) fail("invalid multinomial distribution (encountering probability entry < 0)");
      if (!std::isfinite(v)) fail("invalid multinomial distribution (encountering probability entry = infinity or NaN)");
      sum += v;
      cumulative[size_t(j)] = sum;
    }
    if (!(sum > 0)) fail("invalid multinomial distribution (sum of probabilities <= 0)");
    for (T& c : cumulative) c /= sum;
    cumulative.back() = 1;
    for (int64_t s = 0; s < num_samples; ++s) {
      const double u = g.uniform_double();
      const auto slot = std::lower_bound(cumulative.begin(), cumulative.end(), u,
                                         [](T c, double x) { return double(c) < x; });
      out[r * num_samples + s] = slot - cumulative.begin();
    }
  }
}

// Without replacement, PyTorch's Gumbel-max trick: with q ~ Exp(1) drawn into a tensor laid
// out like probs, the samples are the top num_samples of probs / q (argmax for one sample).
Tensor sample_without_replacement(const Tensor& probs, int64_t num_samples, Generator& g) {
  // PyTorch checks max < inf and min >= 0 over the whole tensor (a nan fails both), then
  // that no row sums to zero, which for such entries means a row of zeros.
  dispatch(probs.dtype(), [&](auto tag) {
    using T = decltype(tag);
    const bool two_dim = probs.dim() == 2;
    const int64_t rows = two_dim ? probs.shape()[0] : 1, categories = probs.shape().back();
    const int64_t row_stride = two_dim ? probs.strides()[0] : 0, stride = probs.strides().back();
    const T* p = probs.data<T>();
    bool valid = true, zero_row = false;
    for (int64_t r = 0; r < rows; ++r) {
      bool all_zero = true;
      for (int64_t j = 0; j < categories; ++j) {
        const T v = p[r * row_stride + j * stride];
        valid = valid && v >= 0 && v < std::numeric_limits<T>::infinity();
        all_zero = all_zero && v == 0;
      }
      zero_row = zero_row || all_zero;
    }
    if (!valid) fail("probability tensor contains either `inf`, `nan` or element < 0");
    if (zero_row) fail("invalid multinomial distribution (sum of probabilities <= 0)");
  });
  Tensor q = is_non_overlapping_and_dense(probs) ? empty_strided(probs.shape(), probs.strides(), probs.dtype())
                                                 : empty(probs.shape(), probs.dtype());
  exponential_(q, 1.0, g);
  q = div(probs, q);
  if (num_samples == 1) return argmax(q, -1, true);
  return topk(q, num_samples, -1, true, true).second;
}

}  // namespace

Tensor multinomial(const Tensor& probs, int64_t num_samples, bool replacement, Generator& g) {
  if (probs.dim() < 1 || probs.dim() > 2) fail("prob_dist must be 1 or 2 dim");
  if (!is_floating(probs.dtype()))
    fail("multinomial only supports floating-point dtypes for input, got: ", scalar_type_name(probs.dtype()));
  if (num_samples <= 0) fail("cannot sample n_sample <= 0 samples");
  const int64_t categories = probs.shape().back();
  if (!replacement && num_samples > categories)
    fail("cannot sample n_sample > prob_dist.size(-1) samples without replacement");
  if (categories > (int64_t(1) << 24)) fail("number of categories cannot exceed 2^24");
  const Shape shape = probs.dim() == 1 ? Shape{num_samples} : Shape{probs.shape()[0], num_samples};
  GradModeGuard untracked(false);
  const Tensor p = detach(probs);
  Tensor out = empty(shape, DType::Int64);
  if (out.numel() == 0) return out;
  if (!replacement) return sample_without_replacement(p, num_samples, g);
  dispatch(p.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) sample_with_replacement<T>(p, num_samples, g, out.data<int64_t>());
  });
  return out;
}

}  // namespace gb
