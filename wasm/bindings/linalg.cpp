// Matrix products (engine/ops/linalg.cpp).
#include "common.h"

EMSCRIPTEN_BINDINGS(linalg) {
  using namespace gb;
  GB_EXPORT("mm", &mm);
  GB_EXPORT("bmm", &bmm);
  GB_EXPORT("mv", &mv);
  GB_EXPORT("dot", &dot);
  GB_EXPORT("outer", &outer);
  GB_EXPORT("matmul", &matmul);
}
