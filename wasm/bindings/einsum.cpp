// torch.einsum: the equation and an array of operand handles.
#include "common.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {
int32_t einsum_(std::string equation, val operands) { return H(einsum(equation, tensors_from(operands))); }
}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(einsum) {
  using namespace gb::bind;
  GB_EXPORT("einsum", &einsum_);
}
