// Fused optimizer steps and zero_grad over handles (optional state tensors are handle 0 when absent).
#include "common.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {

int32_t sgd_step_(int32_t param, int32_t grad, int32_t buffer, double lr, double momentum, double dampening,
                  double weight_decay, bool nesterov, bool maximize) {
  return H(sgd_step(T(param), T(grad), T_or_none(buffer),
                    SgdOptions{lr, momentum, dampening, weight_decay, nesterov, maximize}));
}

void adam_step_(int32_t param, int32_t grad, int32_t exp_avg, int32_t exp_avg_sq, int32_t max_exp_avg_sq, double lr,
                double beta1, double beta2, double eps, double weight_decay, double step_size,
                double bias_correction2_sqrt, bool maximize, bool decoupled) {
  adam_step(T(param), T(grad), T(exp_avg), T(exp_avg_sq), T_or_none(max_exp_avg_sq),
            AdamOptions{lr, beta1, beta2, eps, weight_decay, step_size, bias_correction2_sqrt, max_exp_avg_sq != 0,
                        maximize, decoupled});
}

void rmsprop_step_(int32_t param, int32_t grad, int32_t square_avg, int32_t grad_avg, int32_t buffer, double lr,
                   double alpha, double eps, double weight_decay, double momentum, bool maximize) {
  rmsprop_step(T(param), T(grad), T(square_avg), T_or_none(grad_avg), T_or_none(buffer),
               RmspropOptions{lr, alpha, eps, weight_decay, momentum, maximize});
}

void zero_grad_(int32_t param, bool set_to_none) { zero_grad(T(param), set_to_none); }

}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(optim) {
  using namespace gb::bind;
  GB_EXPORT("sgd_step", &sgd_step_);
  GB_EXPORT("adam_step", &adam_step_);
  GB_EXPORT("rmsprop_step", &rmsprop_step_);
  GB_EXPORT("zero_grad", &zero_grad_);
}
