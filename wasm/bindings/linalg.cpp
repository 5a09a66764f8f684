// Matrix products.
#include "common.h"
#include "ops/ops.h"

EMSCRIPTEN_BINDINGS(linalg) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("mm", &binary<mm>);
  GB_EXPORT("bmm", &binary<bmm>);
  GB_EXPORT("mv", &binary<mv>);
  GB_EXPORT("dot", &binary<dot>);
  GB_EXPORT("outer", &binary<outer>);
  GB_EXPORT("matmul", &binary<matmul>);
}
