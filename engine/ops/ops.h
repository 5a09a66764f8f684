#pragma once
// Every tensor op the engine offers. Each is differentiable where PyTorch's is: its
// definition records the backward formula next to the forward code.
#include <vector>

#include "random/generator.h"
#include "tensor/tensor.h"

namespace gb {

// ---- copies and dtype (ops/copy.cpp)
Tensor detach(const Tensor& t);             // same data, no history
Tensor contiguous_copy(const Tensor& t);    // a dense copy, no history
Tensor to_dtype(const Tensor& t, DType dtype);
Tensor clone(const Tensor& t);
Tensor contiguous(const Tensor& t);
void copy_(const Tensor& self, const Tensor& src);  // self[...] = src, broadcasting src
Tensor fill_(const Tensor& self, double value);
Tensor zeros_like(const Tensor& t);
Tensor ones_like(const Tensor& t);

// ---- elementwise arithmetic with broadcasting (ops/arithmetic.cpp)
Tensor add(const Tensor& a, const Tensor& b);
Tensor sub(const Tensor& a, const Tensor& b);
Tensor rsub(const Tensor& a, const Tensor& b);  // b - a, for `1 - x` (RsubBackward)
Tensor mul(const Tensor& a, const Tensor& b);
Tensor div(const Tensor& a, const Tensor& b);
Tensor neg(const Tensor& a);
Tensor reciprocal(const Tensor& a);
Tensor pow(const Tensor& base, double exponent);
// In place: self op= other. Returns self.
Tensor add_(const Tensor& self, const Tensor& other);
Tensor sub_(const Tensor& self, const Tensor& other);
Tensor mul_(const Tensor& self, const Tensor& other);
Tensor div_(const Tensor& self, const Tensor& other);

// ---- reductions (ops/reduction.cpp); empty dims = all dims
Tensor sum(const Tensor& t);
Tensor sum(const Tensor& t, const std::vector<int64_t>& dims, bool keepdim);
Tensor mean(const Tensor& t);
Tensor mean(const Tensor& t, const std::vector<int64_t>& dims, bool keepdim);
// Sums a broadcast gradient back down to `shape` (no history).
Tensor sum_to(const Tensor& t, const Shape& shape);

// ---- shapes and views (ops/views.cpp)
Tensor expand(const Tensor& t, const Shape& shape);
Tensor view(const Tensor& t, const Shape& shape);
Tensor reshape(const Tensor& t, const Shape& shape);

// ---- activations (ops/activation.cpp)
Tensor softmax(const Tensor& x, int64_t dim);
Tensor log_softmax(const Tensor& x, int64_t dim);
Tensor leaky_relu(const Tensor& x, double negative_slope);

// ---- losses (ops/loss.cpp); weight and pos_weight may be undefined
enum class Reduction : int32_t { None = 0, Mean = 1, Sum = 2 };  // PyTorch's enum values
Tensor mse_loss(const Tensor& input, const Tensor& target, Reduction r);
Tensor nll_loss(const Tensor& input, const Tensor& target, const Tensor& weight, Reduction r, int64_t ignore_index);
// cross entropy against class probabilities (target shaped like input; class dim 1, or 0 if 1-D)
Tensor cross_entropy_probabilities(const Tensor& input, const Tensor& target, const Tensor& weight, Reduction r);
Tensor binary_cross_entropy(const Tensor& input, const Tensor& target, const Tensor& weight, Reduction r);
Tensor binary_cross_entropy_with_logits(const Tensor& input, const Tensor& target, const Tensor& weight,
                                        const Tensor& pos_weight, Reduction r);

// ---- linear layers (ops/linear.cpp): bias + mat1 · mat2
Tensor addmm(const Tensor& bias, const Tensor& mat1, const Tensor& mat2);

// ---- optimizer steps (ops/optim.cpp): update param in place as PyTorch's optimizers do
struct SgdOptions {
  double lr, momentum, dampening, weight_decay;
  bool nesterov, maximize;
};
// Returns the momentum buffer (a new one on the first step with momentum).
Tensor sgd_step(const Tensor& param, const Tensor& grad, const Tensor& buffer, const SgdOptions& o);
struct AdamOptions {
  double lr, beta1, beta2, eps, weight_decay;
  double step_size, bias_correction2_sqrt;  // lr / (1 - β1^t) and √(1 - β2^t), computed by the caller
  bool amsgrad, maximize, decoupled;        // decoupled: AdamW's weight decay
};
void adam_step(const Tensor& param, const Tensor& grad, const Tensor& exp_avg, const Tensor& exp_avg_sq,
               const Tensor& max_exp_avg_sq, const AdamOptions& o);
struct RmspropOptions {
  double lr, alpha, eps, weight_decay, momentum;
  bool maximize;
};
// grad_avg (centered) and momentum_buffer may be undefined.
void rmsprop_step(const Tensor& param, const Tensor& grad, const Tensor& square_avg, const Tensor& grad_avg,
                  const Tensor& momentum_buffer, const RmspropOptions& o);

// Clears param's .grad (set_to_none) or zeroes it in place, detached from any graph.
void zero_grad(const Tensor& param, bool set_to_none);

// ---- random sampling (random/sampling.cpp): fill self in place, drawing from g in PyTorch's
// order; each returns self
Tensor uniform_(const Tensor& self, double from, double to, Generator& g);
Tensor normal_(const Tensor& self, double mean, double std, Generator& g);
Tensor random_(const Tensor& self, int64_t from, int64_t to, Generator& g);  // integers in [from, to)
Tensor random_(const Tensor& self, Generator& g);                            // [0, max] of the dtype
Tensor bernoulli_(const Tensor& self, double p, Generator& g);
Tensor bernoulli_(const Tensor& self, const Tensor& p, Generator& g);  // p broadcast to self's shape
Tensor bernoulli(const Tensor& p, Generator& g);  // 1 with probability p[i], per element
Tensor randperm(int64_t n, DType dtype, Generator& g);

}  // namespace gb
