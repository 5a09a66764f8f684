#include "kernels/fused_chain.h"

namespace gb {

namespace {

FusedChainKernel installed = nullptr;

// (1 + 2⁻¹²)² − (1 + 2⁻¹¹) is exactly 2⁻²⁴, which a fused multiply-add gives. Unfused, the square
// rounds to 1 + 2⁻¹¹ first (2⁻²⁴ is half an ulp, a tie to even) and the result is 0.
bool fuses(FusedChainKernel kernel) {
  const float a = 1.0f + 0x1p-12f, c = -(1.0f + 0x1p-11f);
  float dst[4] = {c, c, c, c};
  const float src[4] = {a, a, a, a};
  const float* sources[1] = {src};
  kernel(dst, 4, 1, sources, &a);
  for (float d : dst)
    if (d != 0x1p-24f) return false;
  return true;
}

}  // namespace

bool install_fused_chain_kernel(FusedChainKernel kernel) {
  installed = kernel && fuses(kernel) ? kernel : nullptr;
  return installed == kernel;
}

FusedChainKernel fused_chain_kernel() { return installed; }

}  // namespace gb
