// Copies and dtype conversion (engine/ops/copy.cpp).
#include "common.h"

EMSCRIPTEN_BINDINGS(copy) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("to_dtype", &to_dtype);
  GB_EXPORT("clone", &gb::clone);  // qualified: libc has a clone() too
  GB_EXPORT("contiguous", &contiguous);
  GB_EXPORT("detach", &detach);
  GB_EXPORT("zeros_like", &zeros_like);
  GB_EXPORT("ones_like", &ones_like);
  GB_EXPORT("fill_", gb::bind::overload<Tensor(const Tensor&, double)>(&fill_));
  GB_EXPORT("copy_", &copy_);
}
