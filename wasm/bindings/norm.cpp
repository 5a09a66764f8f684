// Vector norms (engine/ops/norm.cpp).
#include "common.h"

EMSCRIPTEN_BINDINGS(norm) {
  using namespace gb;
  GB_EXPORT("norm", &norm);
  GB_EXPORT("pairwise_distance", &pairwise_distance);
}
