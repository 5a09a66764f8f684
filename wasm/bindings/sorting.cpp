// Ordering: sort, topk, kthvalue (values and indices as a pair of handles) and unique,
// unique_consecutive (values, inverse indices, counts).
#include "common.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {
val pair(const std::pair<Tensor, Tensor>& p) { return handles_of({p.first, p.second}); }
val sort_(int32_t a, double dim, bool descending, bool stable) {
  return pair(sort(T(a), int64_t(dim), descending, stable));
}
val topk_(int32_t a, double k, double dim, bool largest, bool sorted) {
  return pair(topk(T(a), int64_t(k), int64_t(dim), largest, sorted));
}
val kthvalue_(int32_t a, double k, double dim, bool keepdim) {
  return pair(kthvalue(T(a), int64_t(k), int64_t(dim), keepdim));
}
val unique_(int32_t a) { return handles_of(unique(T(a))); }
val unique_consecutive_(int32_t a) { return handles_of(unique_consecutive(T(a))); }
}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(sorting) {
  using namespace gb::bind;
  GB_EXPORT("sort", &sort_);
  GB_EXPORT("topk", &topk_);
  GB_EXPORT("kthvalue", &kthvalue_);
  GB_EXPORT("unique", &unique_);
  GB_EXPORT("unique_consecutive", &unique_consecutive_);
}
