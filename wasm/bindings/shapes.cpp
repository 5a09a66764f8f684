// Views, copies and dtype conversion.
#include "common.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {
int32_t view_(int32_t a, val shape) { return H(view(T(a), shape_from(shape))); }
int32_t reshape_(int32_t a, val shape) { return H(reshape(T(a), shape_from(shape))); }
int32_t expand_(int32_t a, val shape) { return H(expand(T(a), shape_from(shape))); }
int32_t to_dtype_(int32_t a, int32_t dtype) { return H(to_dtype(T(a), dtype_from(dtype))); }
}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(shapes) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("view", &view_);
  GB_EXPORT("reshape", &reshape_);
  GB_EXPORT("expand", &expand_);
  GB_EXPORT("to_dtype", &to_dtype_);
  GB_EXPORT("clone", &unary<clone>);
  GB_EXPORT("detach", &unary<detach>);
}
