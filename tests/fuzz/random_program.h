#pragma once
// Random programs over the engine's ops: a few input tensors of random shapes and dtypes, then a
// sequence of op calls on them and on each other's results. A program is drawn once from a seed
// (each call is tried as it is drawn; one the engine rejects with its gb::Error is left out), and
// can then be replayed any number of times on fresh inputs, as a finite-difference check needs.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "tensor/tensor.h"

namespace gb::fuzz {

// splitmix64: tiny, fast, and the same stream on every platform (std's distributions are not).
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  int64_t below(int64_t n) { return n <= 0 ? 0 : int64_t(next() % uint64_t(n)); }
  int64_t between(int64_t lo, int64_t hi) { return lo + below(hi - lo + 1); }
  double uniform(double lo, double hi) { return lo + (hi - lo) * double(next() >> 11) * 0x1p-53; }
  bool chance(double p) { return uniform(0, 1) < p; }
  template <class T> const T& pick(const std::vector<T>& items) { return items[size_t(below(int64_t(items.size())))]; }

 private:
  uint64_t state_;
};

// Gradient: float64 inputs whose gradients are checked against finite differences, so the
// program keeps to ops and operands where the two can agree (see random_program.cpp).
// Forward: inputs of any dtype; the ops run (and backward, for floating results) only to
// look for crashes, undefined behaviour and wrong kinds of exception.
enum class Mode { Gradient, Forward };

using Values = std::vector<Tensor>;

// One op call: reads earlier values, appends its results.
struct Step {
  std::string text;  // "v4 = sum(v2, dims=[1], keepdim=1)"
  std::function<void(Values&)> run;
};

struct Program {
  Mode mode = Mode::Gradient;
  std::vector<Tensor> inputs;  // contiguous leaves, v0, v1, ...
  std::vector<Step> steps;
  int64_t rejected = 0;  // calls the engine refused with a gb::Error while the program was drawn
  // Every float64 value, as each step left it, was finite and at most 1e3 in size: finite
  // differences (h = 1e-6) mean something, and no gradient goes through an inf later masked
  // (0 · inf is nan in PyTorch's backward too).
  bool moderate = true;
  std::string text() const;
  // Every value of a run: the inputs (as given), then each step's results.
  Values run(const std::vector<Tensor>& inputs) const;
};

Program random_program(uint64_t seed, Mode mode);

}  // namespace gb::fuzz
