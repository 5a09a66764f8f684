// torch.einsum (engine/ops/einsum.cpp): the equation and an array of operand handles.
#include "common.h"

EMSCRIPTEN_BINDINGS(einsum) {
  GB_EXPORT("einsum", &gb::einsum);
}
