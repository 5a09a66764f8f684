// Losses (engine/ops/loss.cpp); an absent weight or pos_weight is handle 0, a reduction is a
// code of codes().reductions.
#include "common.h"

EMSCRIPTEN_BINDINGS(loss) {
  using namespace gb;
  using gb::bind::optional_tensors;
  GB_EXPORT("mse_loss", &mse_loss);
  GB_EXPORT_OPTIONAL("nll_loss", optional_tensors(2), &nll_loss);
  GB_EXPORT_OPTIONAL("nll_loss2d", optional_tensors(2), &nll_loss2d);
  GB_EXPORT_OPTIONAL("cross_entropy_probabilities", optional_tensors(2), &cross_entropy_probabilities);
  GB_EXPORT_OPTIONAL("binary_cross_entropy", optional_tensors(2), &binary_cross_entropy);
  GB_EXPORT_OPTIONAL("binary_cross_entropy_with_logits", optional_tensors(2, 3), &binary_cross_entropy_with_logits);
}
