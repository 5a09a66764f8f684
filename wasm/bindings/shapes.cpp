// Views, copies and dtype conversion.
#include "common.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {
int32_t view_(int32_t a, val shape) { return H(view(T(a), shape_from(shape))); }
int32_t reshape_(int32_t a, val shape) { return H(reshape(T(a), shape_from(shape))); }
int32_t expand_(int32_t a, val shape) { return H(expand(T(a), shape_from(shape))); }
int32_t to_dtype_(int32_t a, int32_t dtype) { return H(to_dtype(T(a), dtype_from(dtype))); }
int32_t view_dtype_(int32_t a, int32_t dtype) { return H(view_dtype(T(a), dtype_from(dtype))); }
int32_t transpose_(int32_t a, double d0, double d1) { return H(transpose(T(a), int64_t(d0), int64_t(d1))); }
int32_t permute_(int32_t a, val dims) { return H(permute(T(a), shape_from(dims))); }
int32_t unsqueeze_(int32_t a, double dim) { return H(unsqueeze(T(a), int64_t(dim))); }
int32_t squeeze_dim(int32_t a, double dim) { return H(squeeze(T(a), int64_t(dim))); }
int32_t select_(int32_t a, double dim, double index) { return H(select(T(a), int64_t(dim), int64_t(index))); }
int32_t narrow_(int32_t a, double dim, double start, double length) {
  return H(narrow(T(a), int64_t(dim), int64_t(start), int64_t(length)));
}
int32_t flatten_(int32_t a, double start, double end) { return H(flatten(T(a), int64_t(start), int64_t(end))); }
int32_t unflatten_(int32_t a, double dim, val sizes) { return H(unflatten(T(a), int64_t(dim), shape_from(sizes))); }
bool is_contiguous_(int32_t a) { return T(a).is_contiguous(); }
val strides_(int32_t a) { return array_from(T(a).strides()); }
double storage_offset_(int32_t a) { return double(T(a).impl()->offset); }
}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(shapes) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("view", &view_);
  GB_EXPORT("reshape", &reshape_);
  GB_EXPORT("expand", &expand_);
  GB_EXPORT("to_dtype", &to_dtype_);
  GB_EXPORT("view_dtype", &view_dtype_);
  GB_EXPORT("clone", &unary<clone>);
  GB_EXPORT("contiguous", &unary<contiguous>);
  GB_EXPORT("detach", &unary<detach>);
  GB_EXPORT("alias", &unary<alias>);
  GB_EXPORT("transpose", &transpose_);
  GB_EXPORT("t", &unary<t>);
  GB_EXPORT("permute", &permute_);
  GB_EXPORT("unsqueeze", &unsqueeze_);
  GB_EXPORT("squeeze", &unary<squeeze>);
  GB_EXPORT("squeeze_dim", &squeeze_dim);
  GB_EXPORT("select", &select_);
  GB_EXPORT("narrow", &narrow_);
  GB_EXPORT("flatten", &flatten_);
  GB_EXPORT("unflatten", &unflatten_);
  GB_EXPORT("is_contiguous", &is_contiguous_);
  GB_EXPORT("strides", &strides_);
  GB_EXPORT("storage_offset", &storage_offset_);
}
