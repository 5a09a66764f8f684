// Losses (engine/ops/loss.cpp); an absent weight or pos_weight is handle 0, a reduction is a
// code of codes().reductions.
#include "common.h"

EMSCRIPTEN_BINDINGS(loss) {
  using namespace gb;
  GB_EXPORT("mse_loss", &mse_loss);
  GB_EXPORT("nll_loss", &nll_loss);
  GB_EXPORT("nll_loss2d", &nll_loss2d);
  GB_EXPORT("cross_entropy_probabilities", &cross_entropy_probabilities);
  GB_EXPORT("binary_cross_entropy", &binary_cross_entropy);
  GB_EXPORT("binary_cross_entropy_with_logits", &binary_cross_entropy_with_logits);
}
