// Elementwise functions of two operands, addressed by their code in the engine's table
// (engine/ops/elementwise/binary.cpp): with a tensor or a Python number as the second operand, and in
// place. A Python number as the first operand (2 % x) is passed as a wrapped_scalar handle.
#include "common.h"
#include "ops/binary.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {
// Wrappers only where JS passes something the engine does not take as such: the plain forms
// leave out alpha, and a Python number arrives as its value and kind.
Tensor apply(int32_t code, const Tensor& a, const Tensor& b) { return gb::binary(code, a, b); }
Tensor apply_number(int32_t code, const Tensor& a, double value, ScalarKind kind) {
  return gb::binary(code, a, scalar(value, kind));
}
void apply_(int32_t code, const Tensor& a, const Tensor& b) { gb::binary_(code, a, b); }
void apply_number_(int32_t code, const Tensor& a, double value, ScalarKind kind) {
  gb::binary_(code, a, scalar(value, kind));
}
// The table in code order: {name, inplace: Tensor.<name>_ exists, number: the second operand
// may be a Python number, number_first: the first one too}.
val ops() {
  val out = val::array();
  for (int32_t code = 0; code < binary_count(); ++code) {
    val op = val::object();
    op.set("name", std::string(binary_name(code)));
    op.set("inplace", binary_has_inplace(code));
    op.set("number", binary_takes_number(code));
    op.set("number_first", binary_number_first(code));
    out.call<void>("push", op);
  }
  return out;
}
}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(binary) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("binary", &apply);
  GB_EXPORT("binary_number", &apply_number);
  GB_EXPORT("binary_", &apply_);
  GB_EXPORT("binary_number_", &apply_number_);
  GB_EXPORT("binary_alpha", &gb::binary);  // add/sub/rsub with alpha
  GB_EXPORT("binary_alpha_", &gb::binary_);
  GB_EXPORT("binary_ops", &ops);
  GB_EXPORT("div_mode", overload<Tensor(const Tensor&, const Tensor&, RoundingMode)>(&gb::div));
  GB_EXPORT("wrapped_scalar", &scalar);
}
