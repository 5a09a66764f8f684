#pragma once
// Random sampling (random/sampling.cpp): each op fills self in place, drawing from g in
// PyTorch's order, and returns self.
#include <cstdint>

#include "random/generator.h"
#include "tensor/tensor.h"

namespace gb {

Tensor uniform_(const Tensor& self, double from, double to, Generator& g);
Tensor normal_(const Tensor& self, double mean, double std, Generator& g);
Tensor random_(const Tensor& self, int64_t from, int64_t to, Generator& g);  // integers in [from, to)
Tensor random_(const Tensor& self, Generator& g);                            // [0, max] of the dtype
Tensor bernoulli_(const Tensor& self, double p, Generator& g);
Tensor bernoulli_(const Tensor& self, const Tensor& p, Generator& g);  // p broadcast to self's shape
Tensor bernoulli(const Tensor& p, Generator& g);  // 1 with probability p[i], per element
Tensor randperm(int64_t n, DType dtype, Generator& g);
Tensor exponential_(const Tensor& self, double lambda, Generator& g);
Tensor geometric_(const Tensor& self, double p, Generator& g);  // trials until the first success
Tensor log_normal_(const Tensor& self, double mean, double std, Generator& g);
Tensor cauchy_(const Tensor& self, double median, double sigma, Generator& g);
Tensor poisson(const Tensor& rates, Generator& g);  // one count per rate, in rates' dtype
// Indices of num_samples categories per row of a 1-D or 2-D tensor of weights (int64, shape
// [num_samples] or [rows, num_samples]).
Tensor multinomial(const Tensor& probs, int64_t num_samples, bool replacement, Generator& g);

}  // namespace gb
