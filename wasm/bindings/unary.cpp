// Elementwise functions of one tensor (engine/ops/elementwise/unary.cpp), addressed by their code in the
// engine's table (codes().unary names them).
#include "common.h"

EMSCRIPTEN_BINDINGS(unary) {
  using namespace gb;
  GB_EXPORT("unary", &gb::unary);
  GB_EXPORT("unary_", &gb::unary_);
  GB_EXPORT("round_decimals", &gb::round);
}
