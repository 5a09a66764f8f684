// The fused-chain kernel (wasm/kernels/fused_chain.wat), instantiated over the engine's memory
// and put in its function table, then installed if it fuses (kernels/fused_chain.h).
#include <emscripten/bind.h>
#include <emscripten/emscripten.h>

#include "fused_chain_wasm.h"
#include "kernels/fused_chain.h"

// The kernel function's index in the table (a function pointer in WebAssembly is one), or 0
// where the module does not compile: no relaxed SIMD. wasmMemory and wasmTable are the Emscripten
// runtime's own.
EM_JS(uint32_t, fused_chain_table_index, (const uint8_t* bytes, size_t size), {
  let kernel;
  try {
    const module = new WebAssembly.Module(HEAPU8.slice(bytes, bytes + size));
    kernel = new WebAssembly.Instance(module, {engine : {memory : wasmMemory}}).exports.fused_chain;
  } catch (error) {
    return 0;
  }
  const index = wasmTable.length;
  wasmTable.grow(1);
  wasmTable.set(index, kernel);
  return index;
});

namespace {

// Whether the kernel is installed now.
bool install_fused_chain() {
  const uint32_t index = fused_chain_table_index(fused_chain_wasm, sizeof(fused_chain_wasm));
  return index != 0 && gb::install_fused_chain_kernel(reinterpret_cast<gb::FusedChainKernel>(uintptr_t(index)));
}

}  // namespace

EMSCRIPTEN_BINDINGS(fused_chain) { emscripten::function("install_fused_chain", &install_fused_chain); }
