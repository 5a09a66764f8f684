// Resizing (engine/ops/upsample.cpp). mode: 0 nearest, 1 nearest-exact, 2 (bi/tri)linear;
// scales: one scale_factor or null per spatial dim, or null when the size was given.
#include "common.h"

namespace gb::bind {
namespace {

Tensor upsample_(const Tensor& input, int32_t mode, const Shape& output_size, val scales, bool align_corners) {
  if (mode < 0 || mode > int32_t(Interpolation::Linear)) fail("upsample: unknown mode ", mode);
  ResampleOptions o{Interpolation(mode), output_size, {}, align_corners};
  if (!scales.isNull() && !scales.isUndefined())
    for (size_t d = 0; d < output_size.size(); ++d) {
      const val s = scales[d];
      o.scales.push_back(s.isNull() || s.isUndefined() ? std::nullopt : std::optional<double>(s.as<double>()));
    }
  return upsample(input, o);
}

}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(upsample) {
  using namespace gb::bind;
  GB_EXPORT("upsample", &upsample_);
}
