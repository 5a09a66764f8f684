// Embedding lookup (engine/ops/embedding.cpp); padding_idx -1 for none.
#include "common.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {
int32_t embedding_(int32_t weight, int32_t indices, double padding_idx) {
  return H(embedding(T(weight), T(indices), int64_t(padding_idx)));
}
}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(embedding) {
  using namespace gb::bind;
  GB_EXPORT("embedding", &embedding_);
}
