// Shapes and views (engine/ops/views.cpp).
#include "common.h"

EMSCRIPTEN_BINDINGS(views) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("view", &view);
  GB_EXPORT("reshape", &reshape);
  GB_EXPORT("expand", &expand);
  GB_EXPORT("alias", &alias);
  GB_EXPORT("view_dtype", &view_dtype);
  GB_EXPORT("transpose", &transpose);
  GB_EXPORT("t", &t);
  GB_EXPORT("permute", &permute);
  GB_EXPORT("unsqueeze", &unsqueeze);
  GB_EXPORT("squeeze", overload<Tensor(const Tensor&)>(&squeeze));
  GB_EXPORT("squeeze_dim", overload<Tensor(const Tensor&, int64_t)>(&squeeze));
  GB_EXPORT("select", &select);
  GB_EXPORT("narrow", &narrow);
  GB_EXPORT("flatten", &flatten);
  GB_EXPORT("unflatten", &unflatten);
}
