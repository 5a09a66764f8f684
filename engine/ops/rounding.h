#pragma once
// Element-level division that rounds, as PyTorch's CPU kernels do:
//   trunc: toward zero (C's / and %, fmod);  floor: toward -inf (Python's // and %).
// Integer division by zero raises PyTorch's "ZeroDivisionError" RuntimeError; floats follow
// IEEE (inf, nan).
#include <cmath>
#include <type_traits>

#include "tensor/dtype.h"
#include "tensor/error.h"

namespace gb::rounding {

template <class T>
void check_divisor(T b) {
  if constexpr (std::is_integral_v<T>)
    if (b == 0) fail("ZeroDivisionError");
}

// a / b and a % b for integers, defined even for lowest / -1 (which wraps, as in PyTorch).
template <class T>
T int_quotient(T a, T b) {
  using U = std::make_unsigned_t<decltype(a / b)>;
  if (is_negative(b) && b == T(-1)) return T(U(0) - U(a));
  return T(a / b);
}
template <class T>
T int_remainder(T a, T b) { return is_negative(b) && b == T(-1) ? T(0) : T(a % b); }

template <class T>
T div_trunc(T a, T b) {
  check_divisor(b);
  if constexpr (std::is_integral_v<T>) return int_quotient(a, b);
  else return std::trunc(a / b);
}

template <class T>
T div_floor(T a, T b) {
  check_divisor(b);
  if constexpr (std::is_integral_v<T>) {
    T q = int_quotient(a, b);
    return int_remainder(a, b) != 0 && is_negative(a) != is_negative(b) ? T(q - 1) : q;
  } else {
    if (b == 0) return a / b;
    // Through fmod, so that a quotient just below a whole number is not rounded up into it.
    T mod = std::fmod(a, b);
    T div = (a - mod) / b;
    if (mod != 0 && (b < 0) != (mod < 0)) div -= T(1);
    if (div == 0) return std::copysign(T(0), a / b);
    T floored = std::floor(div);
    return div - floored > T(0.5) ? floored + T(1) : floored;
  }
}

// fmod: the remainder takes a's sign.
template <class T>
T mod_trunc(T a, T b) {
  check_divisor(b);
  if constexpr (std::is_integral_v<T>) return int_remainder(a, b);
  else return std::fmod(a, b);
}

// remainder (Python's %): the remainder takes b's sign.
template <class T>
T mod_floor(T a, T b) {
  T r = mod_trunc(a, b);
  return r != 0 && is_negative(r) != is_negative(b) ? T(r + b) : r;
}

}  // namespace gb::rounding
