#include "random/generator.h"

#include <cstring>
#include <random>

#include "tensor/error.h"

namespace gb {

const std::shared_ptr<Generator>& default_generator() {
  static const std::shared_ptr<Generator> generator = std::make_shared<Generator>(nondeterministic_seed());
  return generator;
}

namespace {

// The layout of PyTorch's CPUGeneratorImplState (little endian): seed, left, seeded, next, the
// 624 words as uint64, the double normal cache (x, y, rho, is_valid), the float normal cache
// (value, valid). The legacy form (5048 bytes) lacks the float cache.
constexpr size_t kLeft = 8, kSeeded = 12, kNext = 16, kWords = 24, kNormalY = 5024, kNormalValid = 5040;
constexpr size_t kLegacyStateBytes = 5048;

template <class T>
void put(std::vector<uint8_t>& out, size_t at, T value) {
  std::memcpy(out.data() + at, &value, sizeof(T));
}
template <class T>
T get(const std::vector<uint8_t>& in, size_t at) {
  T value;
  std::memcpy(&value, in.data() + at, sizeof(T));
  return value;
}

}  // namespace

std::vector<uint8_t> Generator::get_state() const {
  std::vector<uint8_t> out(kStateBytes, 0);
  put<uint64_t>(out, 0, seed_);
  put<int32_t>(out, kLeft, engine_.left());
  put<int32_t>(out, kSeeded, 1);
  put<uint64_t>(out, kNext, uint64_t(engine_.next()));
  for (int i = 0; i < Mt19937::kWords; ++i) put<uint64_t>(out, kWords + 8 * size_t(i), engine_.words()[size_t(i)]);
  put<double>(out, kNormalY, next_double_normal.value_or(0.0));
  put<int32_t>(out, kNormalValid, next_double_normal.has_value() ? 1 : 0);
  return out;
}

void Generator::set_state(const std::vector<uint8_t>& bytes) {
  if (bytes.size() != kStateBytes && bytes.size() != kLegacyStateBytes)
    fail("Expected either a CPUGeneratorImplStateLegacy of size ", kLegacyStateBytes,
         " or a CPUGeneratorImplState of size ", kStateBytes, " but found the input RNG state size to be ", bytes.size());
  std::array<uint32_t, Mt19937::kWords> words;
  for (int i = 0; i < Mt19937::kWords; ++i) words[size_t(i)] = uint32_t(get<uint64_t>(bytes, kWords + 8 * size_t(i)));
  seed_ = get<uint64_t>(bytes, 0);
  engine_.restore(words, get<int32_t>(bytes, kLeft), int(get<uint64_t>(bytes, kNext)));
  if (get<int32_t>(bytes, kNormalValid)) next_double_normal = get<double>(bytes, kNormalY);
  else next_double_normal.reset();
}

uint64_t nondeterministic_seed() {
  std::random_device entropy;
  uint64_t high = entropy();
  return high << 32 | entropy();
}

}  // namespace gb
