// Ordering (engine/ops/sorting.cpp): sort, topk, kthvalue give (values, indices); unique and
// unique_consecutive give (values, inverse indices, counts).
#include "common.h"

EMSCRIPTEN_BINDINGS(sorting) {
  using namespace gb;
  GB_EXPORT("sort", &sort);
  GB_EXPORT("topk", &topk);
  GB_EXPORT("kthvalue", &kthvalue);
  GB_EXPORT("unique", &unique);
  GB_EXPORT("unique_consecutive", &unique_consecutive);
  GB_EXPORT("unique_dim", &unique_dim);
}
