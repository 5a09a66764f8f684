// cross and kron (engine/ops/products.cpp).
#include "common.h"

EMSCRIPTEN_BINDINGS(products) {
  using namespace gb;
  GB_EXPORT("cross", &cross);
  GB_EXPORT("kron", &kron);
}
