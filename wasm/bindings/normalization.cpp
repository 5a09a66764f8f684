// Normalisation layers (engine/ops/normalization.cpp); weight, bias and the running statistics
// are handle 0 when absent, normalized_shape a JS array.
#include "common.h"
#include "ops/normalization.h"

namespace gb::bind {
namespace {

Tensor layer_norm_(const Tensor& input, val normalized_shape, const Tensor& weight, const Tensor& bias, double eps) {
  return layer_norm(input, shape_from(normalized_shape), weight, bias, eps);
}

}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(normalization) {
  using namespace gb::bind;
  GB_EXPORT_OPTIONAL("batch_norm", optional_tensors(1, 2, 3, 4), &gb::batch_norm);
  GB_EXPORT_OPTIONAL("layer_norm", optional_tensors(2, 3), &layer_norm_);
  GB_EXPORT_OPTIONAL("group_norm", optional_tensors(2, 3), &gb::group_norm);
}
