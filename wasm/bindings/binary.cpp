// Elementwise functions of two operands, addressed by their code in the engine's table
// (engine/ops/binary.cpp): with a tensor or a Python number as the second operand, and in
// place. A Python number as the first operand (2 % x) is passed as a wrapped_scalar handle.
#include "common.h"
#include "ops/binary.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {
int32_t apply(int32_t code, int32_t a, int32_t b) { return H(gb::binary(code, T(a), T(b))); }
// A Python number: kind 0 = bool, 1 = int, 2 = float.
int32_t apply_number(int32_t code, int32_t a, double value, int32_t kind) {
  return H(gb::binary(code, T(a), scalar(value, kind)));
}
void apply_(int32_t code, int32_t a, int32_t b) { gb::binary_(code, T(a), T(b)); }
void apply_number_(int32_t code, int32_t a, double value, int32_t kind) {
  gb::binary_(code, T(a), scalar(value, kind));
}
// add/sub/rsub with alpha (b is a tensor handle or a wrapped_scalar one).
int32_t apply_alpha(int32_t code, int32_t a, int32_t b, double alpha, bool alpha_is_float) {
  return H(gb::binary(code, T(a), T(b), alpha, alpha_is_float));
}
void apply_alpha_(int32_t code, int32_t a, int32_t b, double alpha, bool alpha_is_float) {
  gb::binary_(code, T(a), T(b), alpha, alpha_is_float);
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
// torch.div(a, b, rounding_mode=...); mode: 0 none, 1 trunc, 2 floor.
int32_t div_mode(int32_t a, int32_t b, int32_t mode) { return H(div(T(a), T(b), RoundingMode(mode))); }
int32_t wrapped(double value, int32_t kind) { return H(scalar(value, kind)); }
}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(binary) {
  using namespace gb::bind;
  GB_EXPORT("binary", &apply);
  GB_EXPORT("binary_number", &apply_number);
  GB_EXPORT("binary_", &apply_);
  GB_EXPORT("binary_number_", &apply_number_);
  GB_EXPORT("binary_alpha", &apply_alpha);
  GB_EXPORT("binary_alpha_", &apply_alpha_);
  GB_EXPORT("binary_ops", &ops);
  GB_EXPORT("div_mode", &div_mode);
  GB_EXPORT("wrapped_scalar", &wrapped);
}
