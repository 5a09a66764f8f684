#pragma once
// Element types and PyTorch's type-promotion lattice.
#include <cstdint>
#include <limits>
#include <string_view>
#include <type_traits>
#include <utility>

#include "tensor/reduced_float.h"

namespace gb {

// Ordered by promotion rank: a binary op on two dtypes computes in the larger one, except for
// the two pairs promote() names (uint8 with int8, float16 with bfloat16).
enum class DType : uint8_t { Bool, UInt8, Int8, Int16, Int32, Int64, Float16, BFloat16, Float32, Float64 };
// The codes run 0 .. dtype_count - 1: the bindings publish them by name from here (codes()), so a
// new dtype is declared in this file only.
inline constexpr int dtype_count = int(DType::Float64) + 1;

constexpr bool is_floating(DType t) { return t >= DType::Float16; }
constexpr bool is_integral(DType t, bool include_bool) {
  return (t >= DType::UInt8 && t <= DType::Int64) || (include_bool && t == DType::Bool);
}
// float16 and bfloat16: stored in 16 bits, computed in float32.
constexpr bool is_reduced_float(DType t) { return t == DType::Float16 || t == DType::BFloat16; }

constexpr size_t element_size(DType t) {
  switch (t) {
    case DType::Bool: return 1;
    case DType::UInt8: return 1;
    case DType::Int8: return 1;
    case DType::Int16: return 2;
    case DType::Int32: return 4;
    case DType::Int64: return 8;
    case DType::Float16: return 2;
    case DType::BFloat16: return 2;
    case DType::Float32: return 4;
    case DType::Float64: return 8;
  }
  return 0;
}

// The name after "torch." as PyTorch prints it.
constexpr std::string_view dtype_name(DType t) {
  switch (t) {
    case DType::Bool: return "bool";
    case DType::UInt8: return "uint8";
    case DType::Int8: return "int8";
    case DType::Int16: return "int16";
    case DType::Int32: return "int32";
    case DType::Int64: return "int64";
    case DType::Float16: return "float16";
    case DType::BFloat16: return "bfloat16";
    case DType::Float32: return "float32";
    case DType::Float64: return "float64";
  }
  return "?";
}

// The legacy type string used in some error messages ("torch.FloatTensor").
constexpr std::string_view legacy_type_name(DType t) {
  switch (t) {
    case DType::Bool: return "torch.BoolTensor";
    case DType::UInt8: return "torch.ByteTensor";
    case DType::Int8: return "torch.CharTensor";
    case DType::Int16: return "torch.ShortTensor";
    case DType::Int32: return "torch.IntTensor";
    case DType::Int64: return "torch.LongTensor";
    case DType::Float16: return "torch.HalfTensor";
    case DType::BFloat16: return "torch.BFloat16Tensor";
    case DType::Float32: return "torch.FloatTensor";
    case DType::Float64: return "torch.DoubleTensor";
  }
  return "?";
}

// The C++ scalar type name used in some error messages ("Float", "Long").
constexpr std::string_view scalar_type_name(DType t) {
  switch (t) {
    case DType::Bool: return "Bool";
    case DType::UInt8: return "Byte";
    case DType::Int8: return "Char";
    case DType::Int16: return "Short";
    case DType::Int32: return "Int";
    case DType::Int64: return "Long";
    case DType::Float16: return "Half";
    case DType::BFloat16: return "BFloat16";
    case DType::Float32: return "Float";
    case DType::Float64: return "Double";
  }
  return "?";
}

// PyTorch's promotion: neither uint8 nor int8 holds the other's values (int16 holds both),
// nor does either 16-bit float (float32 does).
constexpr DType promote(DType a, DType b) {
  if (a == b) return a;
  if ((a == DType::UInt8 && b == DType::Int8) || (a == DType::Int8 && b == DType::UInt8)) return DType::Int16;
  if (is_reduced_float(a) && is_reduced_float(b)) return DType::Float32;
  return a < b ? b : a;
}

[[noreturn]] void fail_reduced_float(DType t);  // tensor.cpp

// Calls f with a value of the C++ type that stores `t`, so a generic lambda can name it:
//   dispatch(t, [&](auto tag) { using T = decltype(tag); ... });
// float16 and bfloat16 are not computed in: an op that reaches here with one fails unless it
// converts to float32 first (ops/elementwise.h).
template <class F>
decltype(auto) dispatch(DType t, F&& f) {
  switch (t) {
    case DType::Bool: return f(bool{});
    case DType::UInt8: return f(uint8_t{});
    case DType::Int8: return f(int8_t{});
    case DType::Int16: return f(int16_t{});
    case DType::Int32: return f(int32_t{});
    case DType::Int64: return f(int64_t{});
    case DType::Float16:
    case DType::BFloat16: fail_reduced_float(t);
    case DType::Float32: return f(float{});
    case DType::Float64: break;
  }
  return f(double{});
}

// dispatch, with float16 and bfloat16 too: for code that only moves or converts elements.
template <class F>
decltype(auto) dispatch_stored(DType t, F&& f) {
  if (t == DType::Float16) return f(Half{});
  if (t == DType::BFloat16) return f(BFloat16{});
  return dispatch(t, std::forward<F>(f));
}

// A value converted to another element type the way PyTorch's CPU kernels do on x86: to bool
// means "is non-zero"; a float that no integer of the target type can hold (nan, inf, out of
// range) becomes the type's minimum; wider integers wrap. Never undefined behaviour, never a trap.
// float16 and bfloat16 convert through float32, as c10::Half and c10::BFloat16 do (so a float64
// is rounded twice: to float32, then to 16 bits).
template <class To, class From>
constexpr To convert(From v) {
  if constexpr (is_reduced_float_v<From>) {
    return convert<To>(v.to_float());
  } else if constexpr (is_reduced_float_v<To>) {
    return To::from(convert<float>(v));
  } else if constexpr (std::is_same_v<To, bool>) {
    return v != From(0);
  } else if constexpr (std::is_integral_v<To> && std::is_floating_point_v<From> && sizeof(To) < 4) {
    return To(convert<int32_t>(v));  // x86 truncates to a 32-bit integer, then keeps the low bits
  } else if constexpr (std::is_integral_v<To> && std::is_floating_point_v<From>) {
    constexpr double lowest = double(std::numeric_limits<To>::min());
    bool fits = double(v) >= lowest && double(v) < -lowest;  // false for nan
    return To(fits ? double(v) : lowest);  // select, then an always-defined conversion
  } else {
    return static_cast<To>(v);
  }
}

// v < 0, without comparing bools or unsigned values against zero.
template <class T>
constexpr bool is_negative(T v) {
  if constexpr (std::is_signed_v<T>) return v < 0;
  else return false;
}

// The ends of a type's range: nothing compares below lowest() or above highest().
template <class T>
constexpr T lowest() {
  if constexpr (std::is_floating_point_v<T>) return -std::numeric_limits<T>::infinity();
  else return std::numeric_limits<T>::lowest();
}
template <class T>
constexpr T highest() {
  if constexpr (std::is_floating_point_v<T>) return std::numeric_limits<T>::infinity();
  else return std::numeric_limits<T>::max();
}

template <class T> constexpr DType dtype_of();
template <> constexpr DType dtype_of<bool>() { return DType::Bool; }
template <> constexpr DType dtype_of<uint8_t>() { return DType::UInt8; }
template <> constexpr DType dtype_of<int8_t>() { return DType::Int8; }
template <> constexpr DType dtype_of<int16_t>() { return DType::Int16; }
template <> constexpr DType dtype_of<int32_t>() { return DType::Int32; }
template <> constexpr DType dtype_of<int64_t>() { return DType::Int64; }
template <> constexpr DType dtype_of<Half>() { return DType::Float16; }
template <> constexpr DType dtype_of<BFloat16>() { return DType::BFloat16; }
template <> constexpr DType dtype_of<float>() { return DType::Float32; }
template <> constexpr DType dtype_of<double>() { return DType::Float64; }

}  // namespace gb
