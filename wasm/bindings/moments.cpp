// Variance and standard deviation, alone or with the mean (engine/ops/moments.cpp).
#include "common.h"

EMSCRIPTEN_BINDINGS(moments) {
  using namespace gb;
  GB_EXPORT("variance", &var);  // "var" is a reserved word in JavaScript
  GB_EXPORT("stddev", &stddev);
  GB_EXPORT("var_mean", &var_mean);
  GB_EXPORT("std_mean", &std_mean);
}
