// 2-D pooling. kernel, stride, padding and dilation are JS arrays of (height, width);
// divisor_override is null when absent. max_pool2d_with_indices returns [values, indices].
#include "common.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {

PoolOptions pool_options(const val& kernel, const val& stride, const val& padding, const val& dilation, bool ceil_mode) {
  return {shape_from(kernel), shape_from(stride), shape_from(padding), shape_from(dilation), ceil_mode};
}

val max_pool2d_with_indices_(int32_t input, val kernel, val stride, val padding, val dilation, bool ceil_mode) {
  auto [values, indices] = max_pool2d_with_indices(T(input), pool_options(kernel, stride, padding, dilation, ceil_mode));
  return handles_of({values, indices});
}

int32_t avg_pool2d_(int32_t input, val kernel, val stride, val padding, bool ceil_mode, bool count_include_pad,
                    val divisor_override) {
  const PoolOptions o{shape_from(kernel), shape_from(stride), shape_from(padding), {1, 1}, ceil_mode};
  return H(avg_pool2d(T(input), o, {count_include_pad, optional_int(divisor_override)}));
}

int32_t adaptive_avg_pool2d_(int32_t input, val output_size) {
  return H(adaptive_avg_pool2d(T(input), shape_from(output_size)));
}

}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(pooling) {
  using namespace gb::bind;
  GB_EXPORT("max_pool2d_with_indices", &max_pool2d_with_indices_);
  GB_EXPORT("avg_pool2d", &avg_pool2d_);
  GB_EXPORT("adaptive_avg_pool2d", &adaptive_avg_pool2d_);
  GB_EXPORT("adaptive_max_pool2d", &gb::adaptive_max_pool2d);
}
