// max, min and their positions (engine/ops/extremes.cpp); max_dim and min_dim give
// [values, indices].
#include "common.h"

EMSCRIPTEN_BINDINGS(extremes) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("max", overload<Tensor(const Tensor&)>(&max));
  GB_EXPORT("min", overload<Tensor(const Tensor&)>(&min));
  GB_EXPORT("max_dim", overload<std::pair<Tensor, Tensor>(const Tensor&, int64_t, bool)>(&max));
  GB_EXPORT("min_dim", overload<std::pair<Tensor, Tensor>(const Tensor&, int64_t, bool)>(&min));
  GB_EXPORT("amax", &amax);
  GB_EXPORT("amin", &amin);
  GB_EXPORT("argmax", &argmax);
  GB_EXPORT("argmin", &argmin);
}
