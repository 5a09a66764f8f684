// Tests of one tensor (isnan, logical_not, ...), bitwise_not, where, nonzero, clamp and closeness.
#include "common.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {
int32_t where_(int32_t c, int32_t a, int32_t b) { return H(where(T(c), T(a), T(b))); }
int32_t clamp_tensors(int32_t x, int32_t lo, int32_t hi) { return H(clamp(T(x), T_or_none(lo), T_or_none(hi))); }
int32_t iclamp(int32_t x, int32_t lo, int32_t hi) { return H(clamp_(T(x), T_or_none(lo), T_or_none(hi))); }
int32_t isclose_(int32_t a, int32_t b, double rtol, double atol, bool equal_nan) {
  return H(isclose(T(a), T(b), rtol, atol, equal_nan));
}
bool equal_(int32_t a, int32_t b) { return equal(T(a), T(b)); }
// nonzero(as_tuple=True): one index tensor per dim (a 0-d tensor counts as 1-d here).
val nonzero_columns(int32_t a) {
  Tensor t = T(a);
  Tensor rows = nonzero(t.dim() == 0 ? reshape(t, {1}) : t);
  val out = val::array();
  const int64_t n = rows.shape()[0], rank = rows.shape()[1];
  for (int64_t d = 0; d < rank; ++d) out.call<void>("push", H(contiguous_copy(make_view(rows, {n}, {rank}, d))));
  return out;
}
}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(compare) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("logical_not", &unary<logical_not>);
  GB_EXPORT("bitwise_not", &unary<bitwise_not>);
  GB_EXPORT("isnan", &unary<isnan>);
  GB_EXPORT("isinf", &unary<isinf>);
  GB_EXPORT("isfinite", &unary<isfinite>);
  GB_EXPORT("where", &where_);
  GB_EXPORT("clamp", &clamp_tensors);
  GB_EXPORT("clamp_", &iclamp);
  GB_EXPORT("isclose", &isclose_);
  GB_EXPORT("equal", &equal_);
  GB_EXPORT("nonzero", &unary<nonzero>);
  GB_EXPORT("nonzero_columns", &nonzero_columns);
}
