// Tests of one tensor (isnan, logical_not, ...), bitwise_not, where, nonzero, clamp and closeness.
#include "common.h"

namespace gb::bind {
namespace {
// nonzero(as_tuple=True): one index tensor per dim (a 0-d tensor counts as 1-d here). A
// wrapper: the engine has no op for the columns of nonzero's result.
val nonzero_columns(const Tensor& t) {
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
  GB_EXPORT("logical_not", &gb::logical_not);
  GB_EXPORT("bitwise_not", &gb::bitwise_not);
  GB_EXPORT("isnan", &gb::isnan);
  GB_EXPORT("isinf", &gb::isinf);
  GB_EXPORT("isfinite", &gb::isfinite);
  GB_EXPORT("where", &gb::where);
  GB_EXPORT_OPTIONAL("clamp", optional_tensors(1, 2), &gb::clamp);
  GB_EXPORT_OPTIONAL("clamp_", optional_tensors(1, 2), &gb::clamp_);
  GB_EXPORT("clamp_min", &gb::clamp_min);
  GB_EXPORT("clamp_max", &gb::clamp_max);
  GB_EXPORT("clamp_min_", &gb::clamp_min_);
  GB_EXPORT("clamp_max_", &gb::clamp_max_);
  GB_EXPORT("nan_to_num", &gb::nan_to_num);
  GB_EXPORT("nan_to_num_", &gb::nan_to_num_);
  GB_EXPORT("isclose", &gb::isclose);
  GB_EXPORT("equal", &gb::equal);
  GB_EXPORT("nonzero", &gb::nonzero);
  GB_EXPORT("nonzero_columns", &nonzero_columns);
}
