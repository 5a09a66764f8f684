// Joining and tiling tensors and cutting them into pieces; lists of tensors cross as arrays of handles.
#include "common.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {
int32_t cat_(val tensors, double dim) { return H(cat(tensors_from(tensors), int64_t(dim))); }
int32_t stack_(val tensors, double dim) { return H(stack(tensors_from(tensors), int64_t(dim))); }
int32_t repeat_(int32_t a, val repeats) { return H(repeat(T(a), shape_from(repeats))); }
val split_(int32_t a, double size, double dim) { return handles_of(split(T(a), int64_t(size), int64_t(dim))); }
val split_with_sizes_(int32_t a, val sizes, double dim) {
  return handles_of(split_with_sizes(T(a), shape_from(sizes), int64_t(dim)));
}
val chunk_(int32_t a, double chunks, double dim) { return handles_of(chunk(T(a), int64_t(chunks), int64_t(dim))); }
val unbind_(int32_t a, double dim) { return handles_of(unbind(T(a), int64_t(dim))); }
}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(joining) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("cat", &cat_);
  GB_EXPORT("stack", &stack_);
  GB_EXPORT("repeat", &repeat_);
  GB_EXPORT("split", &split_);
  GB_EXPORT("split_with_sizes", &split_with_sizes_);
  GB_EXPORT("chunk", &chunk_);
  GB_EXPORT("unbind", &unbind_);
}
