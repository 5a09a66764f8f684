#pragma once
// Shared by every bindings file: the handle tables, argument conversions, and the guard that
// turns C++ errors into JS `Error`s named after the Python exception (message: PyTorch's text).
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <new>
#include <optional>
#include <vector>

#include "autograd/node.h"
#include "handle_table.h"
#include "tensor/error.h"
#include "tensor/tensor.h"

namespace gb::bind {

using emscripten::val;

HandleTable<TensorImpl>& tensors();
HandleTable<Node>& nodes();

inline Tensor T(int32_t h) { return Tensor(tensors().get(h)); }
inline int32_t H(const Tensor& t) { return t.defined() ? tensors().acquire(t.shared()) : 0; }
// An optional tensor argument: handle 0 means none.
inline Tensor T_or_none(int32_t h) { return h ? T(h) : Tensor{}; }
// Takes over a reference the host handed to the engine (0: no tensor).
inline Tensor take(int32_t h) {
  if (!h) return Tensor{};
  Tensor t = T(h);
  tensors().release(h);
  return t;
}

DType dtype_from(int32_t code);
// A Python number as a 0-dim operand: kind 0 = bool, 1 = int, 2 = float.
Tensor scalar(double value, int32_t kind);
// JS arrays (or Python sequences proxied by Pyodide) of integers: numbers or BigInts; anything
// else is a TypeError.
Shape shape_from(const val& array);
val array_from(const Shape& shape);
// An integer for JS: a number, or a BigInt past 2^53 (a number would round it).
val integer(int64_t v);
// Optional arguments: null/undefined means absent (a reduction's dims: all of them).
std::optional<int64_t> optional_int(const val& v);
std::vector<int64_t> dims_or_all(const val& v);
std::optional<DType> optional_dtype(int32_t code);  // -1: absent
// Arrays of tensor handles (0: none): taken as arguments, and handed out (one counted reference each).
std::vector<Tensor> tensors_from(const val& handles);
val handles_of(const std::vector<Tensor>& tensors);

[[noreturn]] void throw_js(const char* name, const std::string& message);
const char* python_name(ErrorKind kind);

template <auto F>
struct Guarded;
template <class R, class... Args, R (*F)(Args...)>
struct Guarded<F> {
  static R call(Args... args) {
    try {
      return F(args...);
    } catch (const Error& e) {
      throw_js(python_name(e.kind), e.what());
    } catch (const std::bad_alloc&) {
      throw_js("RuntimeError", "DefaultCPUAllocator: not enough memory");
    } catch (const std::exception& e) {
      throw_js("RuntimeError", e.what());
    }
  }
};

// Unary and binary ops over handles, for ops with the plain signatures.
template <Tensor (*Op)(const Tensor&)>
int32_t unary(int32_t a) { return H(Op(T(a))); }
template <Tensor (*Op)(const Tensor&, const Tensor&)>
int32_t binary(int32_t a, int32_t b) { return H(Op(T(a), T(b))); }
template <Tensor (*Op)(const Tensor&, const Tensor&)>
int32_t binary_scalar(int32_t a, double value, int32_t kind) { return H(Op(T(a), scalar(value, kind))); }

}  // namespace gb::bind

// Registers a guarded function under `name` (inside an EMSCRIPTEN_BINDINGS block).
#define GB_EXPORT(name, fn) emscripten::function(name, &gb::bind::Guarded<fn>::call)
