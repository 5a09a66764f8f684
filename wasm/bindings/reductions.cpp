// Reductions over all elements or chosen dims.
#include "common.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {
int32_t sum_dims(int32_t a, val dims, bool keepdim) { return H(sum(T(a), shape_from(dims), keepdim)); }
int32_t mean_dims(int32_t a, val dims, bool keepdim) { return H(mean(T(a), shape_from(dims), keepdim)); }
}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(reductions) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("sum", &unary<sum>);
  GB_EXPORT("mean", &unary<mean>);
  GB_EXPORT("sum_dims", &sum_dims);
  GB_EXPORT("mean_dims", &mean_dims);
}
