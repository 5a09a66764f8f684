// Elementwise functions of one tensor, addressed by their code in the engine's table.
#include "common.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {
Unary unary_from(int32_t code) {
  if (code < 0 || code >= int32_t(Unary::Count)) fail("invalid unary op code ", code);
  return Unary(code);
}
int32_t apply(int32_t code, int32_t a) { return H(unary(unary_from(code), T(a))); }
int32_t apply_(int32_t code, int32_t a) { return H(unary_(unary_from(code), T(a))); }
// The ops' torch names, in code order.
val names() {
  val out = val::array();
  for (int32_t i = 0; i < int32_t(Unary::Count); ++i) out.call<void>("push", std::string(unary_name(Unary(i))));
  return out;
}
int32_t round_decimals(int32_t a, int32_t decimals) { return H(round(T(a), decimals)); }
}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(unary) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("unary", &apply);
  GB_EXPORT("unary_", &apply_);
  GB_EXPORT("round_decimals", &round_decimals);
  GB_EXPORT("unary_names", &names);
}
