// torch.nn.functional's parametrised elementwise activations, addressed by their code in the
// engine's table (engine/ops/pointwise_activation.cpp); a, b, c are the row's parameters.
#include "common.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {
int32_t apply(int32_t code, int32_t x, double a, double b, double c) {
  if (code < 0 || code >= int32_t(Activation::Count)) fail("invalid activation code ", code);
  return H(activation(Activation(code), T(x), {a, b, c}));
}
// The table's names, in code order.
val names() {
  val out = val::array();
  for (int32_t i = 0; i < int32_t(Activation::Count); ++i)
    out.call<void>("push", std::string(activation_name(Activation(i))));
  return out;
}
}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(pointwise_activation) {
  using namespace gb::bind;
  GB_EXPORT("activation", &apply);
  GB_EXPORT("activation_names", &names);
}
