#include "ops/type_promotion.h"

#include <optional>

namespace gb {

namespace {

DType g_default_dtype = DType::Float32;

enum class Tier { Dimensioned, ZeroDim, Wrapped };

Tier tier_of(const Tensor& t) {
  if (t.impl()->wrapped_number) return Tier::Wrapped;
  return t.dim() == 0 ? Tier::ZeroDim : Tier::Dimensioned;
}

// A Python float takes the default dtype, not float64.
DType effective_dtype(const Tensor& t) {
  if (t.impl()->wrapped_number && is_floating(t.dtype())) return g_default_dtype;
  return t.dtype();
}

using Slot = std::optional<DType>;

Slot merge(Slot a, DType b) { return a ? promote(*a, b) : b; }

// The higher tier wins unless the lower one brings a higher category.
Slot combine(Slot higher, Slot lower) {
  if (!higher) return lower;
  if (!lower || is_floating(*higher)) return higher;
  if (*higher == DType::Bool || is_floating(*lower)) return promote(*higher, *lower);
  return higher;
}

}  // namespace

DType result_type(std::initializer_list<Tensor> operands) {
  Slot tiers[3];
  for (const Tensor& t : operands) {
    if (!t.defined()) continue;
    Slot& slot = tiers[int(tier_of(t))];
    slot = merge(slot, effective_dtype(t));
  }
  return *combine(tiers[0], combine(tiers[1], tiers[2]));
}

DType result_type(const Tensor& a, const Tensor& b) { return result_type({a, b}); }

DType default_dtype() { return g_default_dtype; }
void set_default_dtype(DType dtype) { g_default_dtype = dtype; }

const char* cpp_type_name(DType t) {
  switch (t) {
    case DType::Bool: return "bool";
    case DType::UInt8: return "unsigned char";
    case DType::Int8: return "signed char";
    case DType::Int16: return "short int";
    case DType::Int32: return "int";
    case DType::Int64: return "long int";
    case DType::Float16: return "c10::Half";
    case DType::BFloat16: return "c10::BFloat16";
    case DType::Float32: return "float";
    case DType::Float64: return "double";
  }
  return "?";
}

}  // namespace gb
