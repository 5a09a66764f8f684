// Activations, losses and linear layers (torch.nn.functional's engine ops). Optional tensor
// arguments are handle 0 when absent; reductions use PyTorch's codes (0 none, 1 mean, 2 sum).
#include "common.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {

Reduction reduction(int32_t code) {
  if (code < 0 || code > 2) fail(code, " is not a valid value for reduction");
  return Reduction(code);
}

int32_t softmax_(int32_t x, int32_t dim) { return H(softmax(T(x), dim)); }
int32_t log_softmax_(int32_t x, int32_t dim) { return H(log_softmax(T(x), dim)); }
int32_t leaky_relu_(int32_t x, double slope) { return H(leaky_relu(T(x), slope)); }
int32_t mse_loss_(int32_t input, int32_t target, int32_t r) { return H(mse_loss(T(input), T(target), reduction(r))); }
int32_t nll_loss_(int32_t input, int32_t target, int32_t weight, int32_t r, double ignore_index) {
  return H(nll_loss(T(input), T(target), T_or_none(weight), reduction(r), int64_t(ignore_index)));
}
int32_t cross_entropy_probabilities_(int32_t input, int32_t target, int32_t weight, int32_t r) {
  return H(cross_entropy_probabilities(T(input), T(target), T_or_none(weight), reduction(r)));
}
int32_t nll_loss2d_(int32_t input, int32_t target, int32_t weight, int32_t r, double ignore_index) {
  return H(nll_loss2d(T(input), T(target), T_or_none(weight), reduction(r), int64_t(ignore_index)));
}
int32_t binary_cross_entropy_(int32_t input, int32_t target, int32_t weight, int32_t r) {
  return H(binary_cross_entropy(T(input), T(target), T_or_none(weight), reduction(r)));
}
int32_t binary_cross_entropy_with_logits_(int32_t input, int32_t target, int32_t weight, int32_t pos_weight,
                                          int32_t r) {
  return H(binary_cross_entropy_with_logits(T(input), T(target), T_or_none(weight), T_or_none(pos_weight),
                                            reduction(r)));
}
int32_t addmm_(int32_t bias, int32_t mat1, int32_t mat2) { return H(addmm(T(bias), T(mat1), T(mat2))); }

}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(nn) {
  using namespace gb::bind;
  GB_EXPORT("softmax", &softmax_);
  GB_EXPORT("log_softmax", &log_softmax_);
  GB_EXPORT("leaky_relu", &leaky_relu_);
  GB_EXPORT("mse_loss", &mse_loss_);
  GB_EXPORT("nll_loss", &nll_loss_);
  GB_EXPORT("nll_loss2d", &nll_loss2d_);
  GB_EXPORT("cross_entropy_probabilities", &cross_entropy_probabilities_);
  GB_EXPORT("binary_cross_entropy", &binary_cross_entropy_);
  GB_EXPORT("binary_cross_entropy_with_logits", &binary_cross_entropy_with_logits_);
  GB_EXPORT("addmm", &addmm_);
}
