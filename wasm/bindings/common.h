#pragma once
// Shared by every bindings file: the handle tables, the conversion of arguments and results
// between JS and the engine's C++ types, and the guard that turns C++ errors into JS `Error`s
// named after the Python exception (message: PyTorch's text).
//
// GB_EXPORT("relu", &relu) exports an engine function as it is: each parameter type has one
// conversion from JS (Arg below) and each result type one conversion to JS (Result), so a
// binding is one line. A name ending in `_` is an in-place op: its result (the engine's `self`)
// is dropped, and the caller keeps using the tensor it passed.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <new>
#include <optional>
#include <string>
#include <tuple>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "autograd/node.h"
#include "handle_table.h"
#include "ops/ops.h"
#include "tensor/error.h"
#include "tensor/tensor.h"

namespace gb::bind {

using emscripten::val;

HandleTable<TensorImpl>& tensors();
HandleTable<Node>& nodes();

inline Tensor T(int32_t h) { return Tensor(tensors().get(h)); }
inline int32_t H(const Tensor& t) { return t.defined() ? tensors().acquire(t.shared()) : 0; }
// Takes over a reference the host handed to the engine (0: no tensor).
inline Tensor take(int32_t h) {
  if (!h) return Tensor{};
  Tensor t = T(h);
  tensors().release(h);
  return t;
}

// The kind of a Python number passed as an operand; its code is what scalar() takes.
enum class ScalarKind : int32_t { Bool, Int, Float, Count };
// A Python number as a 0-dim operand of the dtype PyTorch gives it.
Tensor scalar(double value, ScalarKind kind);

// How many codes each enum that crosses the boundary has (codes() publishes their names).
template <class Enum>
inline constexpr int32_t code_count = int32_t(Enum::Count);
template <> inline constexpr int32_t code_count<DType> = dtype_count;
template <> inline constexpr int32_t code_count<Reduction> = int32_t(Reduction::Sum) + 1;
template <> inline constexpr int32_t code_count<RoundingMode> = int32_t(RoundingMode::Floor) + 1;

// An enum's code from JS, checked against its range.
DType dtype_from(int32_t code);
Reduction reduction_from(int32_t code);
RoundingMode rounding_mode_from(int32_t code);
Unary unary_from(int32_t code);
ScalarKind scalar_kind_from(int32_t code);

// JS arrays (or Python sequences proxied by Pyodide) of integers: numbers or BigInts; anything
// else is a TypeError.
Shape shape_from(const val& array);
val array_from(const Shape& shape);
// An integer for JS: a number, or a BigInt past 2^53 (a number would round it).
val integer(int64_t v);
// Optional arguments: null/undefined means absent (a reduction's dims: all of them).
std::optional<int64_t> optional_int(const val& v);
std::vector<int64_t> dims_or_all(const val& v);
// Arrays of tensor handles (0: none): taken as arguments, and handed out (one counted reference each).
std::vector<Tensor> tensors_from(const val& handles);
val handles_of(const std::vector<Tensor>& tensors);

[[noreturn]] void throw_js(const char* name, const std::string& message);
const char* python_name(ErrorKind kind);

// ---- arguments: Arg<T>::Wire is what JS passes for a parameter of type T, from() converts it.
// A type without a specialisation does not compile: its export needs a wrapper.
template <class T>
struct Arg;
template <class T>
struct Same {
  using Wire = T;
  static T from(T v) { return v; }
};
template <> struct Arg<double> : Same<double> {};
template <> struct Arg<bool> : Same<bool> {};
template <> struct Arg<int32_t> : Same<int32_t> {};
template <> struct Arg<std::string> : Same<std::string> {};
template <> struct Arg<val> : Same<val> {};
// A JS number (sizes, dims, indices: exact up to 2^53).
template <> struct Arg<int64_t> {
  using Wire = double;
  static int64_t from(double v) { return int64_t(v); }
};
// A handle; 0 is none, accepted only where the export says the tensor is optional (see
// GB_EXPORT_OPTIONAL): anywhere else an undefined tensor would reach the engine.
template <> struct Arg<Tensor> {
  using Wire = int32_t;
  static Tensor from(int32_t h) { return h ? T(h) : Tensor{}; }
};
template <> struct Arg<std::vector<Tensor>> {
  using Wire = val;
  static std::vector<Tensor> from(const val& v) { return tensors_from(v); }
};
template <> struct Arg<Shape> {
  using Wire = val;
  static Shape from(const val& v) { return shape_from(v); }
};
// Dims: an array, or null for all of them (an empty list).
template <> struct Arg<std::vector<int64_t>> {
  using Wire = val;
  static std::vector<int64_t> from(const val& v) { return dims_or_all(v); }
};
template <> struct Arg<std::optional<int64_t>> {
  using Wire = val;
  static std::optional<int64_t> from(const val& v) { return optional_int(v); }
};
// A number, or null/undefined for none (nan_to_num's replacements, a tolerance PyTorch chooses).
template <> struct Arg<std::optional<double>> {
  using Wire = val;
  static std::optional<double> from(const val& v) {
    if (v.isNull() || v.isUndefined()) return std::nullopt;
    return v.as<double>();
  }
};
template <class Enum, Enum (*Check)(int32_t)>
struct Code {
  using Wire = int32_t;
  static Enum from(int32_t code) { return Check(code); }
};
template <> struct Arg<DType> : Code<DType, dtype_from> {};
template <> struct Arg<Reduction> : Code<Reduction, reduction_from> {};
template <> struct Arg<RoundingMode> : Code<RoundingMode, rounding_mode_from> {};
template <> struct Arg<Unary> : Code<Unary, unary_from> {};
template <> struct Arg<ScalarKind> : Code<ScalarKind, scalar_kind_from> {};
// A dtype code, or -1 for none (as PyTorch infers it).
template <> struct Arg<std::optional<DType>> {
  using Wire = int32_t;
  static std::optional<DType> from(int32_t code) { return code < 0 ? std::nullopt : std::optional(dtype_from(code)); }
};

// ---- results: Result<R>::to converts what the engine returns into what JS receives.
template <class R>
struct Result {
  using Wire = R;
  static R to(R r) { return r; }
};
// A counted reference the receiver releases (0: none).
template <> struct Result<Tensor> {
  using Wire = int32_t;
  static int32_t to(const Tensor& t) { return H(t); }
};
template <> struct Result<std::vector<Tensor>> {
  using Wire = val;
  static val to(const std::vector<Tensor>& ts) { return handles_of(ts); }
};
// (values, indices) and the like: an array of two handles.
template <> struct Result<std::pair<Tensor, Tensor>> {
  using Wire = val;
  static val to(const std::pair<Tensor, Tensor>& p) { return handles_of({p.first, p.second}); }
};
// (U, S, Vh): an array of three handles.
template <> struct Result<std::tuple<Tensor, Tensor, Tensor>> {
  using Wire = val;
  static val to(const std::tuple<Tensor, Tensor, Tensor>& t) {
    return handles_of({std::get<0>(t), std::get<1>(t), std::get<2>(t)});
  }
};
template <> struct Result<int64_t> {
  using Wire = val;
  static val to(int64_t v) { return integer(v); }
};
template <> struct Result<DType> {
  using Wire = int32_t;
  static int32_t to(DType d) { return int32_t(d); }
};
template <> struct Result<Shape> {
  using Wire = val;
  static val to(const Shape& s) { return array_from(s); }
};

template <>
struct Result<void> {
  using Wire = void;
};

// Tensor parameter I (counting from 0) is required unless bit I of Optional is set. The
// result is whatever Arg<P>::from gives, so a reference (a Generator&) stays one.
template <class P, size_t I, uint32_t Optional>
decltype(auto) convert(typename Arg<P>::Wire w) {
  if constexpr (std::is_same_v<P, Tensor>)
    if (w == 0 && !(Optional >> I & 1u)) fail("argument ", I + 1, " must be a tensor, not none (handle 0)");
  return Arg<P>::from(w);
}

// Calls F with converted arguments inside the error guard. In-place exports return nothing.
template <auto F, bool InPlace, uint32_t Optional = 0>
struct Export;
template <class R, class... Params, R (*F)(Params...), bool InPlace, uint32_t Optional>
struct Export<F, InPlace, Optional> {
  using Out = std::conditional_t<InPlace && std::is_same_v<R, Tensor>, void, R>;
  static typename Result<Out>::Wire call(typename Arg<std::remove_cvref_t<Params>>::Wire... args) {
    return invoke(std::index_sequence_for<Params...>{}, args...);
  }
  template <size_t... I>
  static typename Result<Out>::Wire invoke(std::index_sequence<I...>,
                                           typename Arg<std::remove_cvref_t<Params>>::Wire... args) {
    try {
      if constexpr (std::is_void_v<Out>) F(convert<std::remove_cvref_t<Params>, I, Optional>(args)...);
      else return Result<Out>::to(F(convert<std::remove_cvref_t<Params>, I, Optional>(args)...));
    } catch (const Error& e) {
      throw_js(python_name(e.kind), e.what());
    } catch (const std::bad_alloc&) {
      throw_js("RuntimeError", "DefaultCPUAllocator: not enough memory");
    } catch (const std::exception& e) {
      throw_js("RuntimeError", e.what());
    }
  }
};

constexpr bool in_place(std::string_view name) { return name.ends_with('_'); }

// The mask of optional tensor parameters for GB_EXPORT_OPTIONAL.
template <class... Positions>
constexpr uint32_t optional_tensors(Positions... positions) { return ((1u << positions) | ...); }

// One overload of an engine function, picked by its signature (the full one: JS passes every
// argument): GB_EXPORT("squeeze_dim", overload<Tensor(const Tensor&, int64_t)>(&squeeze)).
template <class Signature>
constexpr Signature* overload(Signature* f) { return f; }

}  // namespace gb::bind

// Registers a function under `name` (inside an EMSCRIPTEN_BINDINGS block). Its tensor
// parameters are required (handle 0 is an error) ...
#define GB_EXPORT(name, ...) \
  emscripten::function(name, &gb::bind::Export<__VA_ARGS__, gb::bind::in_place(name)>::call)
// ... except those listed here, by position from 0, which take 0 as none:
// GB_EXPORT_OPTIONAL("nll_loss", optional_tensors(2), &nll_loss).
#define GB_EXPORT_OPTIONAL(name, optional_mask, ...) \
  emscripten::function(name, &gb::bind::Export<__VA_ARGS__, gb::bind::in_place(name), optional_mask>::call)
