// bincount and histc (engine/ops/histograms.cpp).
#include "common.h"

EMSCRIPTEN_BINDINGS(histograms) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT_OPTIONAL("bincount", optional_tensors(1), &bincount);
  GB_EXPORT("histc", &histc);
}
