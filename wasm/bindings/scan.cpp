// Running folds along a dim (engine/ops/scan.cpp).
#include "common.h"

EMSCRIPTEN_BINDINGS(scan) {
  using namespace gb;
  GB_EXPORT("cumsum", &cumsum);
  GB_EXPORT("cumprod", &cumprod);
  GB_EXPORT("logcumsumexp", &logcumsumexp);
  GB_EXPORT("cummax", &cummax);
  GB_EXPORT("cummin", &cummin);
}
