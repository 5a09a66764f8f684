// Fused optimizer steps and zero_grad (engine/ops/optim.cpp); absent state tensors are handle 0.
// The steps take their hyper-parameters as one options struct in the engine: the wrappers here
// spread it into arguments, since JS passes numbers, not structs.
#include "common.h"

namespace gb::bind {
namespace {

Tensor sgd(const Tensor& param, const Tensor& grad, const Tensor& buffer, double lr, double momentum,
           double dampening, double weight_decay, bool nesterov, bool maximize) {
  return sgd_step(param, grad, buffer, SgdOptions{lr, momentum, dampening, weight_decay, nesterov, maximize});
}

void adam(const Tensor& param, const Tensor& grad, const Tensor& exp_avg, const Tensor& exp_avg_sq,
          const Tensor& max_exp_avg_sq, double lr, double beta1, double beta2, double eps, double weight_decay,
          double step_size, double bias_correction2_sqrt, bool maximize, bool decoupled) {
  adam_step(param, grad, exp_avg, exp_avg_sq, max_exp_avg_sq,
            AdamOptions{lr, beta1, beta2, eps, weight_decay, step_size, bias_correction2_sqrt,
                        max_exp_avg_sq.defined(), maximize, decoupled});
}

void rmsprop(const Tensor& param, const Tensor& grad, const Tensor& square_avg, const Tensor& grad_avg,
             const Tensor& buffer, double lr, double alpha, double eps, double weight_decay, double momentum,
             bool maximize) {
  rmsprop_step(param, grad, square_avg, grad_avg, buffer, RmspropOptions{lr, alpha, eps, weight_decay, momentum, maximize});
}

}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(optim) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT_OPTIONAL("sgd_step", optional_tensors(2), &sgd);
  GB_EXPORT_OPTIONAL("adam_step", optional_tensors(4), &adam);
  GB_EXPORT_OPTIONAL("rmsprop_step", optional_tensors(3, 4), &rmsprop);
  GB_EXPORT("zero_grad", &zero_grad);
}
