// + - * / neg reciprocal pow fill, with tensors or Python numbers, and their in-place forms.
#include "common.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {
int32_t pow_scalar(int32_t a, double exponent) { return H(pow(T(a), exponent)); }
int32_t fill(int32_t a, double value) { return H(fill_(T(a), value)); }
}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(arithmetic) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("add", &binary<add>);
  GB_EXPORT("sub", &binary<sub>);
  GB_EXPORT("rsub", &binary<rsub>);
  GB_EXPORT("mul", &binary<mul>);
  GB_EXPORT("div", &binary<div>);
  GB_EXPORT("add_scalar", &binary_scalar<add>);
  GB_EXPORT("sub_scalar", &binary_scalar<sub>);
  GB_EXPORT("rsub_scalar", &binary_scalar<rsub>);
  GB_EXPORT("mul_scalar", &binary_scalar<mul>);
  GB_EXPORT("div_scalar", &binary_scalar<div>);
  GB_EXPORT("iadd", &binary<add_>);
  GB_EXPORT("isub", &binary<sub_>);
  GB_EXPORT("imul", &binary<mul_>);
  GB_EXPORT("idiv", &binary<div_>);
  GB_EXPORT("iadd_scalar", &binary_scalar<add_>);
  GB_EXPORT("isub_scalar", &binary_scalar<sub_>);
  GB_EXPORT("imul_scalar", &binary_scalar<mul_>);
  GB_EXPORT("idiv_scalar", &binary_scalar<div_>);
  GB_EXPORT("neg", &unary<neg>);
  GB_EXPORT("reciprocal", &unary<reciprocal>);
  GB_EXPORT("pow_scalar", &pow_scalar);
  GB_EXPORT("fill_", &fill);
}
