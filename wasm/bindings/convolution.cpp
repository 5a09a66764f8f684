// Convolutions: conv1d/conv2d and their transposes through one engine op. stride, padding,
// dilation and output_padding are JS arrays with one integer per spatial dim; bias is handle 0
// when absent.
#include "common.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {

// A wrapper: the engine takes the geometry as one ConvolutionOptions.
Tensor convolution_(const Tensor& input, const Tensor& weight, const Tensor& bias, val stride, val padding,
                    val dilation, bool transposed, val output_padding, int64_t groups) {
  ConvolutionOptions o{shape_from(stride), shape_from(padding), shape_from(dilation), shape_from(output_padding),
                       transposed, groups};
  return convolution(input, weight, bias, o);
}

}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(convolution) {
  using namespace gb::bind;
  GB_EXPORT_OPTIONAL("convolution", optional_tensors(2), &convolution_);
}
