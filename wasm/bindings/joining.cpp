// Joining and tiling tensors and cutting them into pieces (engine/ops/joining.cpp); lists of
// tensors cross as arrays of handles.
#include "common.h"

namespace gb::bind {
namespace {
// The engine's split_with_sizes also takes the name its backward node records, which only the
// engine's own split() changes (to SplitBackward0): a name is no argument JS passes.
std::vector<Tensor> split_by_sizes(const Tensor& t, const Shape& sizes, int64_t dim) {
  return split_with_sizes(t, sizes, dim);
}
}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(joining) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("cat", overload<Tensor(const std::vector<Tensor>&, int64_t)>(&cat));  // error.h has a cat() of strings
  GB_EXPORT("stack", &stack);
  GB_EXPORT("repeat", &repeat);
  GB_EXPORT("split", &split);
  GB_EXPORT("split_with_sizes", &split_by_sizes);
  GB_EXPORT("chunk", &chunk);
  GB_EXPORT("unbind", &unbind);
}
