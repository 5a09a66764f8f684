// base ** exponent in its three forms, each with PyTorch's node name:
//   tensor ** number  PowBackward0    d/dbase = p·x^(p-1)
//   tensor ** tensor  PowBackward1    d/dbase = p·x^(p-1) (0 where p = 0), d/dexp = x^p·ln x
//   number ** tensor  PowBackward2    d/dexp = b^p·ln b
// d/dexp is 0 where the base is 0 and the exponent is non-negative (there x^p is flat or
// undefined, and ln 0 would give nan).
//
// Shapes: base and exponent broadcast; gradients are summed back to each operand's shape.
#include <cmath>
#include <type_traits>

#include "autograd/record.h"
#include "ops/elementwise.h"
#include "ops/type_promotion.h"

namespace gb {

namespace {

// Integer powers by repeated squaring; a negative exponent leaves only ±1 (or 0).
template <class T>
T int_pow(T base, T exponent) {
  if (is_negative(exponent)) {
    if (base == T(1)) return T(1);
    if (is_negative(base) && base == T(-1)) return T(exponent % 2 == 0 ? 1 : -1);
    return T(0);
  }
  // Unsigned arithmetic: an overflowing power wraps around as in PyTorch, without undefined behaviour.
  using U = std::make_unsigned_t<decltype(base * base)>;
  U result = 1, factor = U(base);
  while (exponent) {
    if (exponent & 1) result *= factor;
    exponent >>= 1;
    factor *= factor;
  }
  return T(result);
}

template <class T>
T pow_value(T base, T exponent) {
  if constexpr (std::is_integral_v<T>) return int_pow(base, exponent);
  else return std::pow(base, exponent);
}

// A Python-number exponent: PyTorch turns the common ones into exact multiplications or roots.
template <class T>
T pow_by_number(T x, double p) {
  if constexpr (std::is_floating_point_v<T>) {
    if (p == 0.5) return std::sqrt(x);
    if (p == -0.5) return T(1) / std::sqrt(x);
    if (p == -1) return T(1) / x;
    if (p == -2) return T(1) / (x * x);
  }
  if (p == 2) return T(x * x);
  if (p == 3) return T(x * x * x);
  return pow_value(x, convert<T>(p));
}

void check_pow_dtype(DType t) {
  if (t == DType::Bool) fail("\"pow\" not implemented for 'Bool'");
}

Tensor zero() { return wrapped_scalar(0, DType::Int64); }

// x ** p for a Python number p (a wrapped 0-dim tensor).
Tensor pow_number_exponent(const Tensor& base, const Tensor& exponent) {
  DType t = result_type(base, exponent);
  double p = item(exponent);
  if (!is_floating(t) && p < 0) fail("Integers to negative integer powers are not allowed.");
  Tensor out;
  if (p == 0) out = ones(base.shape(), t);
  else if (p == 1) out = contiguous_copy(as_dtype(base, t));
  else {
    check_pow_dtype(t);
    out = unary_map(base, t, t, [p](auto x) { return pow_by_number(x, p); });
  }
  if (needs_grad(base)) {
    record("PowBackward0", out, {base}, {base}, [p](const BackwardContext& c) {
      if (p == 0) return Grads{zeros_like(c.grad())};
      Tensor d = mul(wrapped_scalar(p, DType::Float64), pow(c.saved(0), p - 1));
      return Grads{mul(c.grad(), d)};
    });
    out.grad_fn()->save_number("exponent", p);
  }
  return out;
}

// d(b^p)/dp = b^p · ln b, except where b = 0 and p ≥ 0.
Tensor exponent_grad(const Tensor& g, const Tensor& base, const Tensor& exponent, const Tensor& result) {
  Tensor flat = logical_and(ge(exponent, zero()), eq(base, zero()));
  return mul(g, where(flat, zero(), mul(result, log(base))));
}

}  // namespace

Tensor pow(const Tensor& base, const Tensor& exponent) {
  if (exponent.impl()->wrapped_number) return pow_number_exponent(base, exponent);
  DType t = result_type(base, exponent);
  check_pow_dtype(t);
  Tensor out = binary_map(base, exponent, t, t, [](auto x, auto p) { return pow_value(x, p); });
  if (!needs_grad(base, exponent)) return out;
  if (base.impl()->wrapped_number) {
    record("PowBackward2", out, {exponent}, {base, exponent, out}, [e = Operand(exponent)](const BackwardContext& c) {
      return Grads{reduce_grad(exponent_grad(c.grad(), c.saved(0), c.saved(1), c.saved(2)), e)};
    });
    return out;
  }
  record("PowBackward1", out, {base, exponent}, {base, exponent, out},
         [b = Operand(base), e = Operand(exponent)](const BackwardContext& c) {
           const Tensor& g = c.grad();
           const Tensor& x = c.saved(0);
           const Tensor& p = c.saved(1);
           Grads grads(2);
           if (c.needs(0)) {
             Tensor d = mul(g, mul(p, pow(x, sub(p, wrapped_scalar(1, DType::Int64)))));
             grads[0] = reduce_grad(where(eq(p, zero()), zero(), d), b);
           }
           if (c.needs(1)) grads[1] = reduce_grad(exponent_grad(g, x, p, c.saved(2)), e);
           return grads;
         });
  return out;
}

Tensor pow(const Tensor& base, double exponent) {
  bool integral = exponent == std::floor(exponent);
  return pow(base, wrapped_scalar(exponent, integral ? DType::Int64 : DType::Float64));
}

}  // namespace gb
