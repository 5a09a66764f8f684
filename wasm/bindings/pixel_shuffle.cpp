// pixel_shuffle and pixel_unshuffle (engine/ops/pixel_shuffle.cpp).
#include "common.h"

EMSCRIPTEN_BINDINGS(pixel_shuffle) {
  GB_EXPORT("pixel_shuffle", &gb::pixel_shuffle);
  GB_EXPORT("pixel_unshuffle", &gb::pixel_unshuffle);
}
