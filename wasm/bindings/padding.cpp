// Padding (engine/ops/padding.cpp); pad lists are PyTorch's, last dim first.
#include "common.h"

namespace gb::bind {
namespace {

Tensor edge_pad_(const Tensor& input, const std::vector<int64_t>& pad, bool reflect) {
  return edge_pad(input, pad, reflect ? EdgeMode::Reflect : EdgeMode::Replicate);
}

}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(padding) {
  using namespace gb::bind;
  GB_EXPORT("constant_pad_nd", &gb::constant_pad_nd);
  GB_EXPORT("edge_pad", &edge_pad_);
}
