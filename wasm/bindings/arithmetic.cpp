// + - * / // % ** and friends, with tensors or Python numbers, and their in-place forms.
#include "common.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {
// The plain two-operand forms (alpha = 1) for the handle templates.
Tensor plus(const Tensor& a, const Tensor& b) { return add(a, b); }
Tensor minus(const Tensor& a, const Tensor& b) { return sub(a, b); }
Tensor minus_reversed(const Tensor& a, const Tensor& b) { return rsub(a, b); }
Tensor plus_(const Tensor& a, const Tensor& b) { return add_(a, b); }
Tensor minus_(const Tensor& a, const Tensor& b) { return sub_(a, b); }

int32_t add_alpha(int32_t a, int32_t b, double alpha, bool alpha_is_float) {
  return H(add(T(a), T(b), alpha, alpha_is_float));
}
int32_t sub_alpha(int32_t a, int32_t b, double alpha, bool alpha_is_float) {
  return H(sub(T(a), T(b), alpha, alpha_is_float));
}
int32_t rsub_alpha(int32_t a, int32_t b, double alpha, bool alpha_is_float) {
  return H(rsub(T(a), T(b), alpha, alpha_is_float));
}
int32_t iadd_alpha(int32_t a, int32_t b, double alpha, bool alpha_is_float) {
  return H(add_(T(a), T(b), alpha, alpha_is_float));
}
int32_t isub_alpha(int32_t a, int32_t b, double alpha, bool alpha_is_float) {
  return H(sub_(T(a), T(b), alpha, alpha_is_float));
}
int32_t fill(int32_t a, double value) { return H(fill_(T(a), value)); }
int32_t copy(int32_t dst, int32_t src) {
  copy_(T(dst), T(src));
  return H(T(dst));
}
}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(arithmetic) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("add", &binary<plus>);
  GB_EXPORT("sub", &binary<minus>);
  GB_EXPORT("rsub", &binary<minus_reversed>);
  GB_EXPORT("mul", &binary<mul>);
  GB_EXPORT("div", &binary<div>);
  GB_EXPORT("floor_divide", &binary<floor_divide>);
  GB_EXPORT("remainder", &binary<remainder>);
  GB_EXPORT("fmod", &binary<fmod>);
  GB_EXPORT("pow", &binary<pow>);
  GB_EXPORT("add_scalar", &binary_scalar<plus>);
  GB_EXPORT("sub_scalar", &binary_scalar<minus>);
  GB_EXPORT("rsub_scalar", &binary_scalar<minus_reversed>);
  GB_EXPORT("mul_scalar", &binary_scalar<mul>);
  GB_EXPORT("div_scalar", &binary_scalar<div>);
  GB_EXPORT("floor_divide_scalar", &binary_scalar<floor_divide>);
  GB_EXPORT("remainder_scalar", &binary_scalar<remainder>);
  GB_EXPORT("fmod_scalar", &binary_scalar<fmod>);
  GB_EXPORT("pow_scalar", &binary_scalar<pow>);
  GB_EXPORT("add_alpha", &add_alpha);
  GB_EXPORT("sub_alpha", &sub_alpha);
  GB_EXPORT("rsub_alpha", &rsub_alpha);
  GB_EXPORT("iadd", &binary<plus_>);
  GB_EXPORT("isub", &binary<minus_>);
  GB_EXPORT("imul", &binary<mul_>);
  GB_EXPORT("idiv", &binary<div_>);
  GB_EXPORT("ifloor_divide", &binary<floor_divide_>);
  GB_EXPORT("iremainder", &binary<remainder_>);
  GB_EXPORT("iadd_scalar", &binary_scalar<plus_>);
  GB_EXPORT("isub_scalar", &binary_scalar<minus_>);
  GB_EXPORT("imul_scalar", &binary_scalar<mul_>);
  GB_EXPORT("idiv_scalar", &binary_scalar<div_>);
  GB_EXPORT("ifloor_divide_scalar", &binary_scalar<floor_divide_>);
  GB_EXPORT("iremainder_scalar", &binary_scalar<remainder_>);
  GB_EXPORT("iadd_alpha", &iadd_alpha);
  GB_EXPORT("isub_alpha", &isub_alpha);
  GB_EXPORT("fill_", &fill);
  GB_EXPORT("copy_", &copy);
}
