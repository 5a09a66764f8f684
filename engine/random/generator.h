#pragma once
// A random number generator as PyTorch's CPU generator behaves: a Mersenne Twister seeded
// with the low 32 bits of a 64-bit seed, plus the cached second value of the last scalar
// Box–Muller pair. Every sampling op draws from one of these, in the same order PyTorch does.
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "random/mt19937.h"

namespace gb {

class Generator {
 public:
  // The seed of a freshly made torch.Generator().
  static constexpr uint64_t kDefaultSeed = 67280421310721ull;

  explicit Generator(uint64_t seed = kDefaultSeed) { manual_seed(seed); }

  // Restarts the stream; only the low 32 bits reach the engine, all 64 are remembered.
  void manual_seed(uint64_t seed) {
    seed_ = seed;
    engine_.seed_with(uint32_t(seed));
    next_double_normal.reset();
  }
  uint64_t initial_seed() const { return seed_; }

  uint32_t random() { return engine_(); }
  // Two draws; the first is the high word.
  uint64_t random64() {
    uint64_t high = engine_();
    return high << 32 | engine_();
  }

  // Uniform in [0, 1): float from the low 24 bits of one draw, double from the low 53 bits
  // of one random64().
  float uniform_float() { return float(random() & 0xFFFFFFu) * 0x1p-24f; }
  double uniform_double() { return double(random64() & 0x1FFFFFFFFFFFFFull) * 0x1p-53; }

  // torch.get_rng_state / set_rng_state: PyTorch's 5056-byte CPUGeneratorImplState.
  static constexpr size_t kStateBytes = 5056;
  std::vector<uint8_t> get_state() const;
  void set_state(const std::vector<uint8_t>& bytes);

  // The unused half of the last scalar Box–Muller pair; the next scalar normal takes it.
  std::optional<double> next_double_normal;

  int32_t host_handle = 0;  // the binding's handle for this generator (0: none)

 private:
  uint64_t seed_ = 0;
  Mt19937 engine_;
};

// The process-wide generator that ops use unless given another one. Like PyTorch's, it
// starts from an unpredictable seed.
const std::shared_ptr<Generator>& default_generator();

// 64 unpredictable bits from the system's entropy source (torch.seed()).
uint64_t nondeterministic_seed();

}  // namespace gb
