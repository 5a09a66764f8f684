#pragma once
// A float's IEEE bit pattern and back, for kernels that build or inspect floats bit by bit.
#include <cstdint>
#include <cstring>

namespace gb {

inline uint32_t float_to_bits(float f) {
  uint32_t b;
  std::memcpy(&b, &f, 4);
  return b;
}

inline float float_from_bits(uint32_t b) {
  float f;
  std::memcpy(&f, &b, 4);
  return f;
}

}  // namespace gb
