#pragma once
// A chain of fused multiply-adds along a row, its terms in a given order:
//   dst[k] = fused(sources[t][k] · weights[t] + dst[k])  for t = 0, 1, … taps − 1 in turn,
// for every k < count (a multiple of 4). oneDNN's convolutions are such chains.
// WebAssembly's baseline SIMD has no fused multiply-add: kernels/fused_row.h builds one exactly
// from float64 arithmetic, at many instructions a lane. Relaxed SIMD's f32x4.relaxed_madd is one
// instruction where the processor has a fused multiply-add (and an unfused multiply and add where
// it has none), so the WebAssembly build installs a kernel made of it (wasm/kernels/) after
// checking here that it fuses. Without one (natively, or in an engine without relaxed SIMD) every
// chain is computed by fused_row.h.
#include <cstdint>

namespace gb {

// Its type in WebAssembly is (i32, i32, i32, i32, i32) → (), as the kernel module declares it.
using FusedChainKernel = void (*)(float* dst, int32_t count, int32_t taps, const float* const* sources,
                                  const float* weights);

// Installs the kernel if it rounds as one fused multiply-add, and says whether it did; nullptr
// uninstalls.
bool install_fused_chain_kernel(FusedChainKernel kernel);
// The installed kernel, or nullptr.
FusedChainKernel fused_chain_kernel();

}  // namespace gb
