// In-place view ops; each hands back a counted reference to self.
#include "common.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {
int32_t unsqueeze_inplace(int32_t a, double dim) { return H(unsqueeze_(T(a), int64_t(dim))); }
int32_t squeeze_inplace(int32_t a, val dim) {
  auto d = optional_int(dim);
  return H(d ? squeeze_(T(a), *d) : squeeze_(T(a)));
}
int32_t t_inplace(int32_t a) { return H(t_(T(a))); }
int32_t transpose_inplace(int32_t a, double d0, double d1) { return H(transpose_(T(a), int64_t(d0), int64_t(d1))); }
}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(inplace_views) {
  using namespace gb::bind;
  GB_EXPORT("unsqueeze_", &unsqueeze_inplace);
  GB_EXPORT("squeeze_", &squeeze_inplace);
  GB_EXPORT("t_", &t_inplace);
  GB_EXPORT("transpose_", &transpose_inplace);
}
