// Reductions over all elements (dims null) or chosen dims; dtype -1 means "as PyTorch infers".
#include "common.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {
int32_t sum_(int32_t a, val dims, bool keepdim, int32_t dtype) {
  if (dims.isNull() || dims.isUndefined()) return H(sum(T(a), optional_dtype(dtype)));
  return H(sum(T(a), shape_from(dims), keepdim, optional_dtype(dtype)));
}
int32_t mean_(int32_t a, val dims, bool keepdim, int32_t dtype) {
  if (dims.isNull() || dims.isUndefined()) return H(mean(T(a), optional_dtype(dtype)));
  return H(mean(T(a), shape_from(dims), keepdim, optional_dtype(dtype)));
}
int32_t prod_(int32_t a, val dim, bool keepdim, int32_t dtype) {
  auto d = optional_int(dim);
  return H(d ? prod(T(a), *d, keepdim, optional_dtype(dtype)) : prod(T(a), optional_dtype(dtype)));
}
int32_t all_(int32_t a, val dim, bool keepdim) {
  auto d = optional_int(dim);
  return H(d ? all(T(a), *d, keepdim) : all(T(a)));
}
int32_t any_(int32_t a, val dim, bool keepdim) {
  auto d = optional_int(dim);
  return H(d ? any(T(a), *d, keepdim) : any(T(a)));
}
val pair(const std::pair<Tensor, Tensor>& p) { return handles_of({p.first, p.second}); }
val max_dim(int32_t a, double dim, bool keepdim) { return pair(max(T(a), int64_t(dim), keepdim)); }
val min_dim(int32_t a, double dim, bool keepdim) { return pair(min(T(a), int64_t(dim), keepdim)); }
int32_t amax_(int32_t a, val dims, bool keepdim) { return H(amax(T(a), dims_or_all(dims), keepdim)); }
int32_t amin_(int32_t a, val dims, bool keepdim) { return H(amin(T(a), dims_or_all(dims), keepdim)); }
int32_t argmax_(int32_t a, val dim, bool keepdim) { return H(argmax(T(a), optional_int(dim), keepdim)); }
int32_t argmin_(int32_t a, val dim, bool keepdim) { return H(argmin(T(a), optional_int(dim), keepdim)); }
int32_t var_(int32_t a, val dims, double correction, bool keepdim) {
  return H(var(T(a), dims_or_all(dims), correction, keepdim));
}
int32_t std_(int32_t a, val dims, double correction, bool keepdim) {
  return H(stddev(T(a), dims_or_all(dims), correction, keepdim));
}
int32_t cumsum_(int32_t a, double dim, int32_t dtype) { return H(cumsum(T(a), int64_t(dim), optional_dtype(dtype))); }
int32_t norm_(int32_t a, double p, val dims, bool keepdim) { return H(norm(T(a), p, dims_or_all(dims), keepdim)); }
}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(reductions) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("sum", &sum_);
  GB_EXPORT("mean", &mean_);
  GB_EXPORT("prod", &prod_);
  GB_EXPORT("all", &all_);
  GB_EXPORT("any", &any_);
  GB_EXPORT("max", &unary<max>);
  GB_EXPORT("min", &unary<min>);
  GB_EXPORT("max_dim", &max_dim);
  GB_EXPORT("min_dim", &min_dim);
  GB_EXPORT("amax", &amax_);
  GB_EXPORT("amin", &amin_);
  GB_EXPORT("argmax", &argmax_);
  GB_EXPORT("argmin", &argmin_);
  GB_EXPORT("variance", &var_);  // "var" is a reserved word in JavaScript
  GB_EXPORT("stddev", &std_);
  GB_EXPORT("norm", &norm_);
  GB_EXPORT("cumsum", &cumsum_);
}
