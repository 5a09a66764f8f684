#include "random/generator.h"

#include <random>

namespace gb {

const std::shared_ptr<Generator>& default_generator() {
  static const std::shared_ptr<Generator> generator = std::make_shared<Generator>(nondeterministic_seed());
  return generator;
}

uint64_t nondeterministic_seed() {
  std::random_device entropy;
  uint64_t high = entropy();
  return high << 32 | entropy();
}

}  // namespace gb
