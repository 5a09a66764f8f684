#pragma once
// The 32-bit Mersenne Twister (Matsumoto & Nishimura), seeded and stepped exactly as
// PyTorch's CPU generator does: init_genrand with a 32-bit seed, and a full twist of the
// 624-word state whenever it runs out (the first draw after seeding twists).
#include <array>
#include <cstdint>

namespace gb {

class Mt19937 {
 public:
  static constexpr int kWords = 624;

  explicit Mt19937(uint32_t seed = 5489) { seed_with(seed); }

  void seed_with(uint32_t seed) {
    state_[0] = seed;
    for (int j = 1; j < kWords; ++j) state_[j] = 1812433253u * (state_[j - 1] ^ (state_[j - 1] >> 30)) + uint32_t(j);
    left_ = 1;
    next_ = 0;
  }

  // The raw state, as PyTorch's get_rng_state saves it: the words, the draws left before the
  // next twist, and the index of the next word.
  const std::array<uint32_t, kWords>& words() const { return state_; }
  int left() const { return left_; }
  int next() const { return next_; }
  void restore(const std::array<uint32_t, kWords>& words, int left, int next) {
    state_ = words;
    left_ = left;
    next_ = next;
  }

  uint32_t operator()() {
    if (--left_ == 0) twist();
    uint32_t y = state_[next_++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9D2C5680u;
    y ^= (y << 15) & 0xEFC60000u;
    y ^= y >> 18;
    return y;
  }

 private:
  static constexpr int kShift = 397;

  // Regenerates all words in place; entries already updated feed the ones that wrap around.
  void twist() {
    for (int i = 0; i < kWords; ++i) {
      uint32_t following = state_[(i + 1) % kWords];
      uint32_t y = (state_[i] & 0x80000000u) | (following & 0x7FFFFFFFu);
      state_[i] = state_[(i + kShift) % kWords] ^ (y >> 1) ^ ((following & 1u) ? 0x9908B0DFu : 0u);
    }
    left_ = kWords;
    next_ = 0;
  }

  std::array<uint32_t, kWords> state_{};
  int left_ = 1;
  int next_ = 0;
};

}  // namespace gb
