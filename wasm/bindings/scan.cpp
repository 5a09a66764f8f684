// Running sums (engine/ops/scan.cpp).
#include "common.h"

EMSCRIPTEN_BINDINGS(scan) {
  using namespace gb;
  GB_EXPORT("cumsum", &cumsum);
}
