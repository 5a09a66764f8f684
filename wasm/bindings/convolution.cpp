// Convolutions: conv1d/conv2d and their transposes through one engine op. stride, padding,
// dilation and output_padding are JS arrays with one integer per spatial dim; bias is handle 0
// when absent.
#include "common.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {

int32_t convolution_(int32_t input, int32_t weight, int32_t bias, val stride, val padding, val dilation,
                     bool transposed, val output_padding, double groups) {
  ConvolutionOptions o{shape_from(stride), shape_from(padding), shape_from(dilation), shape_from(output_padding),
                       transposed, int64_t(groups)};
  return H(convolution(T(input), T(weight), T_or_none(bias), o));
}

}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(convolution) {
  using namespace gb::bind;
  GB_EXPORT("convolution", &convolution_);
}
