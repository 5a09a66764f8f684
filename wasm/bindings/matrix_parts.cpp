// Triangles and diagonals of matrices, and logsumexp.
#include "common.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {
int32_t tril_(int32_t a, double k) { return H(tril(T(a), int64_t(k))); }
int32_t triu_(int32_t a, double k) { return H(triu(T(a), int64_t(k))); }
int32_t diagonal_(int32_t a, double offset, double dim1, double dim2) {
  return H(diagonal(T(a), int64_t(offset), int64_t(dim1), int64_t(dim2)));
}
int32_t diag_(int32_t a, double offset) { return H(diag(T(a), int64_t(offset))); }
int32_t diag_embed_(int32_t a, double offset, double dim1, double dim2) {
  return H(diag_embed(T(a), int64_t(offset), int64_t(dim1), int64_t(dim2)));
}
int32_t logsumexp_(int32_t a, val dims, bool keepdim) { return H(logsumexp(T(a), shape_from(dims), keepdim)); }
}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(matrix_parts) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("tril", &tril_);
  GB_EXPORT("triu", &triu_);
  GB_EXPORT("diagonal", &diagonal_);
  GB_EXPORT("diag", &diag_);
  GB_EXPORT("diag_embed", &diag_embed_);
  GB_EXPORT("trace", &unary<trace>);
  GB_EXPORT("logsumexp", &logsumexp_);
}
