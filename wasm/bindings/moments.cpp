// Variance and standard deviation (engine/ops/moments.cpp).
#include "common.h"

EMSCRIPTEN_BINDINGS(moments) {
  using namespace gb;
  GB_EXPORT("variance", &var);  // "var" is a reserved word in JavaScript
  GB_EXPORT("stddev", &stddev);
}
