// In-place view ops (engine/ops/views.cpp): self takes the new shape and strides.
#include "common.h"

EMSCRIPTEN_BINDINGS(inplace_views) {
  using namespace gb;
  using gb::bind::overload;
  GB_EXPORT("unsqueeze_", &unsqueeze_);
  GB_EXPORT("squeeze_", overload<Tensor(const Tensor&)>(&squeeze_));
  GB_EXPORT("squeeze_dim_", overload<Tensor(const Tensor&, int64_t)>(&squeeze_));
  GB_EXPORT("t_", &t_);
  GB_EXPORT("transpose_", &transpose_);
}
