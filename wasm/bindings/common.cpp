#include "common.h"

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
  if (code < 0 || code > int32_t(DType::Float64)) fail("invalid dtype code ", code);
  return DType(code);
}

Tensor scalar(double value, int32_t kind) {
  return wrapped_scalar(value, kind == 0 ? DType::Bool : kind == 1 ? DType::Int64 : DType::Float64);
}

Shape shape_from(const val& array) {
  Shape shape;
  for (double d : emscripten::convertJSArrayToNumberVector<double>(array)) shape.push_back(int64_t(d));
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

std::optional<DType> optional_dtype(int32_t code) {
  if (code < 0) return std::nullopt;
  return dtype_from(code);
}

val array_from(const Shape& shape) {
  val out = val::array();
  for (int64_t d : shape) out.call<void>("push", double(d));
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
  val error = val::global("Error").new_(message);
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
    case ErrorKind::Runtime: break;
  }
  return "RuntimeError";
}

}  // namespace gb::bind
