// Result types and the default dtype (engine/ops/type_promotion.cpp).
#include "common.h"
#include "ops/type_promotion.h"

EMSCRIPTEN_BINDINGS(type_promotion) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("result_type", overload<DType(const Tensor&, const Tensor&)>(&result_type));
  GB_EXPORT("promote_types", &promote);
  GB_EXPORT("default_dtype", &default_dtype);
  GB_EXPORT("set_default_dtype", &set_default_dtype);
}
