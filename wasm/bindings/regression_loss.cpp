// smooth_l1_loss and huber_loss (engine/ops/regression_loss.cpp); reductions use PyTorch's
// codes (0 none, 1 mean, 2 sum).
#include "common.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {
Reduction reduction(int32_t code) {
  if (code < 0 || code > 2) fail(code, " is not a valid value for reduction");
  return Reduction(code);
}
int32_t smooth_l1_loss_(int32_t input, int32_t target, int32_t r, double beta) {
  return H(smooth_l1_loss(T(input), T(target), reduction(r), beta));
}
int32_t huber_loss_(int32_t input, int32_t target, int32_t r, double delta) {
  return H(huber_loss(T(input), T(target), reduction(r), delta));
}
}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(regression_loss) {
  using namespace gb::bind;
  GB_EXPORT("smooth_l1_loss", &smooth_l1_loss_);
  GB_EXPORT("huber_loss", &huber_loss_);
}
