// Embedding lookup (engine/ops/embedding.cpp); padding_idx -1 for none.
#include "common.h"

EMSCRIPTEN_BINDINGS(embedding) {
  GB_EXPORT("embedding", &gb::embedding);
  GB_EXPORT_OPTIONAL("embedding_bag", gb::bind::optional_tensors(4), &gb::embedding_bag);
}
