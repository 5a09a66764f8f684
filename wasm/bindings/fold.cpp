// Sliding blocks (engine/ops/fold.cpp): kernel, dilation, padding, stride as (height, width).
#include "common.h"

namespace gb::bind {
namespace {

using Pair = std::vector<int64_t>;

Tensor im2col_(const Tensor& input, const Pair& kernel, const Pair& dilation, const Pair& padding, const Pair& stride) {
  return im2col(input, {kernel, dilation, padding, stride});
}

Tensor col2im_(const Tensor& input, const Shape& output_size, const Pair& kernel, const Pair& dilation,
               const Pair& padding, const Pair& stride) {
  return col2im(input, output_size, {kernel, dilation, padding, stride});
}

}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(fold) {
  using namespace gb::bind;
  GB_EXPORT("im2col", &im2col_);
  GB_EXPORT("col2im", &col2im_);
}
