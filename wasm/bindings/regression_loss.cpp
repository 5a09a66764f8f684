// smooth_l1_loss and huber_loss (engine/ops/regression_loss.cpp).
#include "common.h"

EMSCRIPTEN_BINDINGS(regression_loss) {
  using namespace gb;
  GB_EXPORT("smooth_l1_loss", &smooth_l1_loss);
  GB_EXPORT("huber_loss", &huber_loss);
}
