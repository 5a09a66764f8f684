// Pointwise functions of three tensors (engine/ops/elementwise/ternary.cpp), addressed by their
// code in the engine's table (ternary_ops() names them in code order).
#include <string>

#include "common.h"

namespace gb::bind {

namespace {
Ternary ternary_from(int32_t code) {
  if (code < 0 || code >= int32_t(Ternary::Count)) fail("invalid ternary op code ", code);
  return Ternary(code);
}

val ternary_ops() {
  val out = val::array();
  for (int32_t code = 0; code < int32_t(Ternary::Count); ++code)
    out.call<void>("push", std::string(ternary_name(Ternary(code))));
  return out;
}
}  // namespace

template <> struct Arg<Ternary> : Code<Ternary, ternary_from> {};

}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(ternary) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("ternary_ops", &ternary_ops);
  GB_EXPORT("ternary", &gb::ternary);
  GB_EXPORT("ternary_", &gb::ternary_);
}
