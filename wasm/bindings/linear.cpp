// Linear layers (engine/ops/linear.cpp).
#include "common.h"

EMSCRIPTEN_BINDINGS(linear) {
  using namespace gb;
  GB_EXPORT("addmm", &addmm);
  GB_EXPORT("baddbmm", &baddbmm);
}
