// The engine's shape rules for Python code that needs a shape before it calls an op
// (torch.normal with tensor arguments, the losses that expand their operands).
#include "common.h"
#include "tensor/shape.h"

EMSCRIPTEN_BINDINGS(shape_rules) {
  GB_EXPORT("broadcast_shapes", &gb::broadcast_shapes);
}
