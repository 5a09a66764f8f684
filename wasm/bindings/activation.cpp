// Activations (engine/ops/activation.cpp).
#include "common.h"

EMSCRIPTEN_BINDINGS(activation) {
  using namespace gb;
  GB_EXPORT("softmax", &softmax);
  GB_EXPORT("log_softmax", &log_softmax);
  GB_EXPORT("leaky_relu", &leaky_relu);
  GB_EXPORT("prelu", &prelu);
}
