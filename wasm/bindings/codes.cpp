// The engine's codes by name, in code order: dtypes, the kinds of Python numbers, reductions,
// rounding modes and the ops of the unary table. The JS API and the torch package read them
// here, so each code is declared once, in the engine.
#include <string>
#include <string_view>

#include "common.h"

namespace gb::bind {
namespace {

// PyTorch's spellings (a switch: an enumerator left without a name is a compiler warning).
std::string_view name(Reduction r) {
  switch (r) {
    case Reduction::None: return "none";
    case Reduction::Mean: return "mean";
    case Reduction::Sum: return "sum";
  }
  return "?";
}
std::string_view name(RoundingMode m) {
  switch (m) {
    case RoundingMode::None: return "none";  // rounding_mode=None
    case RoundingMode::Trunc: return "trunc";
    case RoundingMode::Floor: return "floor";
  }
  return "?";
}
std::string_view name(ScalarKind k) {
  switch (k) {
    case ScalarKind::Bool: return "bool";
    case ScalarKind::Int: return "int";
    case ScalarKind::Float: return "float";
    case ScalarKind::Count: break;
  }
  return "?";
}
std::string_view name(Unary op) { return unary_name(op); }

template <class Enum>
val names() {
  val out = val::array();
  for (int32_t code = 0; code < code_count<Enum>; ++code) out.call<void>("push", std::string(name(Enum(code))));
  return out;
}

// Each dtype with what the torch package's dtype objects tell about it.
val dtypes() {
  val out = val::array();
  for (int32_t code = 0; code < code_count<DType>; ++code) {
    const DType d = DType(code);
    val entry = val::object();
    entry.set("name", std::string(dtype_name(d)));
    entry.set("itemsize", int32_t(element_size(d)));
    entry.set("is_floating_point", is_floating(d));
    entry.set("legacy_name", std::string(legacy_type_name(d)));
    out.call<void>("push", entry);
  }
  return out;
}

val codes() {
  val out = val::object();
  out.set("dtypes", dtypes());
  out.set("scalar_kinds", names<ScalarKind>());
  out.set("reductions", names<Reduction>());
  out.set("rounding_modes", names<RoundingMode>());
  out.set("unary", names<Unary>());
  return out;
}

}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(codes) {
  using namespace gb::bind;
  GB_EXPORT("codes", &codes);
}
