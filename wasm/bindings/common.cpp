#include "common.h"

#include <emscripten/em_js.h>
#include <emscripten/emscripten.h>

#include <string>
#include <string_view>

// Copies the integers of a JS array (or of a Python sequence, through its proxy) into `out`, which
// has room for `capacity` of them, as pairs of 32-bit halves (this build has no BigInt heap view).
// An integer is a number without a fraction up to 2^53 in size, or a BigInt that fits 64 bits
// (Python hands over larger ints as BigInts). Returns the array's length (nothing is copied when
// it exceeds `capacity`), or -1 - i when element i is no such integer.
EM_JS(int, read_int64s, (emscripten::EM_VAL handle, int32_t* out, int capacity), {
  const list = Emval.toValue(handle);
  const n = list.length;
  if (n > capacity) return n;
  for (let i = 0; i < n; i++) {
    const v = list[i];
    let low, high;
    if (typeof v === "number" && Number.isSafeInteger(v)) {
      low = v >>> 0;
      high = Math.floor(v / 4294967296) | 0;
    } else if (typeof v === "bigint" && BigInt.asIntN(64, v) === v) {
      low = Number(BigInt.asUintN(32, v));
      high = Number(BigInt.asIntN(32, v >> BigInt(32)));
    } else {
      return -1 - i;
    }
    HEAP32[(out >> 2) + 2 * i] = low;
    HEAP32[(out >> 2) + 2 * i + 1] = high;
  }
  return n;
});

namespace gb::bind {

HandleTable<TensorImpl>& tensors() {
  static HandleTable<TensorImpl> table;
  return table;
}

HandleTable<Node>& nodes() {
  static HandleTable<Node> table;
  return table;
}

DType dtype_from(int32_t code) {
  if (code < 0 || code >= code_count<DType>) fail("invalid dtype code ", code);
  return DType(code);
}
Reduction reduction_from(int32_t code) {
  if (code < 0 || code >= code_count<Reduction>) fail(code, " is not a valid value for reduction");
  return Reduction(code);
}
RoundingMode rounding_mode_from(int32_t code) {
  if (code < 0 || code >= code_count<RoundingMode>) fail("invalid rounding mode code ", code);
  return RoundingMode(code);
}
Unary unary_from(int32_t code) {
  if (code < 0 || code >= code_count<Unary>) fail("invalid unary op code ", code);
  return Unary(code);
}
ScalarKind scalar_kind_from(int32_t code) {
  if (code < 0 || code >= code_count<ScalarKind>) fail("invalid scalar kind code ", code);
  return ScalarKind(code);
}

Tensor scalar(double value, ScalarKind kind) {
  return wrapped_scalar(value, kind == ScalarKind::Bool ? DType::Bool : kind == ScalarKind::Int ? DType::Int64 : DType::Float64);
}

Shape shape_from(const val& array) {
  Shape shape(6);
  int n = read_int64s(array.as_handle(), reinterpret_cast<int32_t*>(shape.data()), int(shape.size()));
  if (n > int(shape.size())) {
    shape.resize(size_t(n));
    n = read_int64s(array.as_handle(), reinterpret_cast<int32_t*>(shape.data()), n);
  }
  if (n < 0) {
    val bad = array[-1 - n];
    fail_type("sizes and dims must be integers, but got ", bad.typeOf().as<std::string>(), " ",
              val::global("String")(bad).as<std::string>());
  }
  shape.resize(size_t(n));
  return shape;
}

std::optional<int64_t> optional_int(const val& v) {
  if (v.isNull() || v.isUndefined()) return std::nullopt;
  return int64_t(v.as<double>());
}

std::vector<int64_t> dims_or_all(const val& v) {
  if (v.isNull() || v.isUndefined()) return {};
  return shape_from(v);
}

val integer(int64_t v) {
  constexpr int64_t kExact = int64_t(1) << 53;  // a JS number holds every integer up to here
  if (v >= -kExact && v <= kExact) return val(double(v));
  return val::global("BigInt")(std::to_string(v));
}

val array_from(const Shape& shape) {
  val out = val::array();
  for (int64_t d : shape) out.call<void>("push", integer(d));
  return out;
}

std::vector<Tensor> tensors_from(const val& handles) {
  std::vector<Tensor> out;
  for (double h : emscripten::convertJSArrayToNumberVector<double>(handles)) out.push_back(h ? T(int32_t(h)) : Tensor{});
  return out;
}

val handles_of(const std::vector<Tensor>& tensors) {
  val out = val::array();
  for (const Tensor& t : tensors) out.call<void>("push", H(t));
  return out;
}

void throw_js(const char* name, const std::string& message) {
  // JS has a TypeError of its own: JS callers can test `instanceof TypeError`.
  val error = val::global(std::string_view(name) == "TypeError" ? "TypeError" : "Error").new_(message);
  error.set("name", name);
  error.throw_();
}

const char* python_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::Index: return "IndexError";
    case ErrorKind::Type: return "TypeError";
    case ErrorKind::Value: return "ValueError";
    case ErrorKind::NotImplemented: return "NotImplementedError";
    case ErrorKind::Host: return "HostError";
    case ErrorKind::LinAlg: return "LinAlgError";
    case ErrorKind::Runtime: break;
  }
  return "RuntimeError";
}

}  // namespace gb::bind
