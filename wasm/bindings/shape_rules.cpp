// The engine's shape rules for Python code that needs a shape before it calls an op
// (torch.normal with tensor arguments, the losses that expand their operands).
#include "common.h"
#include "tensor/shape.h"

namespace gb::bind {
namespace {
val broadcast_shapes_(val a, val b) { return array_from(broadcast_shapes(shape_from(a), shape_from(b))); }
}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(shape_rules) {
  using namespace gb::bind;
  GB_EXPORT("broadcast_shapes", &broadcast_shapes_);
}
