// Tensors from ranges (engine/ops/creation.cpp).
#include "common.h"

EMSCRIPTEN_BINDINGS(creation) {
  using namespace gb;
  GB_EXPORT("arange", &arange);
  GB_EXPORT("linspace", &linspace);
  GB_EXPORT("logspace", &logspace);
  GB_EXPORT("eye", &eye);
}
