// Embind surface of the engine. Tensors and graph nodes cross into JavaScript as integer
// handles (see handle_table.h); every entry point converts C++ errors into JS `Error`s
// whose `name` is the Python exception type and whose `message` is PyTorch's text.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <new>

#include "autograd/backward.h"
#include "autograd/grad_mode.h"
#include "autograd/node.h"
#include "format/format.h"
#include "handle_table.h"
#include "ops/ops.h"
#include "ops/type_promotion.h"

using emscripten::val;

namespace gb {
namespace {

HandleTable<TensorImpl> g_tensors;
HandleTable<Node> g_nodes;

Tensor T(int32_t h) { return Tensor(g_tensors.get(h)); }
int32_t H(const Tensor& t) { return t.defined() ? g_tensors.acquire(t.shared()) : 0; }

DType to_dtype_code(int32_t code) {
  if (code < 0 || code > int32_t(DType::Float64)) fail("invalid dtype code ", code);
  return DType(code);
}

// Python number kinds as the bindings receive them.
enum ScalarKind { kBool = 0, kInt = 1, kFloat = 2 };
Tensor scalar(double value, int32_t kind) {
  return wrapped_scalar(value, kind == kBool ? DType::Bool : kind == kInt ? DType::Int64 : DType::Float64);
}

Shape shape_from(const val& array) {
  Shape shape;
  for (double d : emscripten::convertJSArrayToNumberVector<double>(array)) shape.push_back(int64_t(d));
  return shape;
}

val array_from(const Shape& shape) {
  val out = val::array();
  for (int64_t d : shape) out.call<void>("push", double(d));
  return out;
}

[[noreturn]] void throw_js(const char* name, const std::string& message) {
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
    case ErrorKind::Runtime: break;
  }
  return "RuntimeError";
}

// Wraps an entry point so that no C++ exception ever reaches JavaScript as a bare pointer.
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

// ---- lifetime
void release(int32_t h) { g_tensors.release(h); }
void release_node(int32_t n) { g_nodes.release(n); }
double live_tensors() { return double(TensorImpl::live_count); }
double live_handles() { return double(g_tensors.size() + g_nodes.size()); }

// ---- creation and data
int32_t from_bytes(val bytes, val shape, int32_t source_dtype, int32_t dtype) {
  Tensor src = empty(shape_from(shape), to_dtype_code(source_dtype));
  int64_t nbytes = src.numel() * int64_t(element_size(src.dtype()));
  if (bytes["byteLength"].as<double>() != double(nbytes)) fail("from_bytes: expected ", nbytes, " bytes");
  val raw = val::global("Uint8Array").new_(bytes["buffer"], bytes["byteOffset"], bytes["byteLength"]);
  val(emscripten::typed_memory_view(size_t(nbytes), reinterpret_cast<uint8_t*>(src.raw()))).call<void>("set", raw);
  return H(to_dtype(src, to_dtype_code(dtype)));
}
val data_bytes(int32_t h) {
  Tensor t = contiguous_copy(T(h));
  size_t nbytes = size_t(t.numel()) * element_size(t.dtype());
  return val(emscripten::typed_memory_view(nbytes, reinterpret_cast<uint8_t*>(t.raw()))).call<val>("slice");
}
int32_t full_(val shape, double value, int32_t dtype) { return H(full(shape_from(shape), value, to_dtype_code(dtype))); }
int32_t zeros_like_(int32_t h) { return H(zeros_like(T(h))); }
int32_t ones_like_(int32_t h) { return H(ones_like(T(h))); }
double item_(int32_t h) { return item(T(h)); }

// ---- metadata
val shape_(int32_t h) { return array_from(T(h).shape()); }
int32_t dtype_(int32_t h) { return int32_t(T(h).dtype()); }
double numel_(int32_t h) { return double(T(h).numel()); }
int32_t dim_(int32_t h) { return int32_t(T(h).dim()); }
std::string format_(int32_t h) { return format_tensor(T(h)); }

// ---- ops
template <Tensor (*Op)(const Tensor&, const Tensor&)>
int32_t binary(int32_t a, int32_t b) { return H(Op(T(a), T(b))); }
template <Tensor (*Op)(const Tensor&, const Tensor&)>
int32_t binary_scalar(int32_t a, double value, int32_t kind) { return H(Op(T(a), scalar(value, kind))); }
template <Tensor (*Op)(const Tensor&)>
int32_t unary(int32_t a) { return H(Op(T(a))); }

int32_t pow_scalar(int32_t a, double exponent) { return H(pow(T(a), exponent)); }
int32_t fill(int32_t a, double value) { return H(fill_(T(a), value)); }
int32_t sum_all(int32_t a) { return H(sum(T(a))); }
int32_t mean_all(int32_t a) { return H(mean(T(a))); }
std::vector<int64_t> dims_from(const val& dims) { return shape_from(dims); }
int32_t sum_dims(int32_t a, val dims, bool keepdim) { return H(sum(T(a), dims_from(dims), keepdim)); }
int32_t mean_dims(int32_t a, val dims, bool keepdim) { return H(mean(T(a), dims_from(dims), keepdim)); }
int32_t view_(int32_t a, val shape) { return H(view(T(a), shape_from(shape))); }
int32_t reshape_(int32_t a, val shape) { return H(reshape(T(a), shape_from(shape))); }
int32_t expand_(int32_t a, val shape) { return H(expand(T(a), shape_from(shape))); }
int32_t to_dtype_(int32_t a, int32_t dtype) { return H(to_dtype(T(a), to_dtype_code(dtype))); }

// ---- autograd
bool requires_grad_(int32_t h) { return T(h).requires_grad(); }
void set_requires_grad(int32_t h, bool flag) {
  Tensor t = T(h);
  if (!t.is_leaf())
    fail("you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a "
         "subgraph that doesn't require differentiation use var_no_grad = var.detach().");
  if (flag && !is_floating(t.dtype()))
    fail("only Tensors of floating point and complex dtype can require gradients");
  t.impl()->requires_grad = flag;
}
bool is_leaf_(int32_t h) { return T(h).is_leaf(); }
int32_t grad_(int32_t h) { return H(T(h).impl()->grad); }
void set_grad(int32_t h, int32_t g) {
  Tensor t = T(h);
  if (g) {
    Tensor grad = T(g);
    if (grad.dtype() != t.dtype()) fail("assigned grad has data of a different type");
    if (grad.shape() != t.shape()) fail("assigned grad has data of a different size");
    t.impl()->grad = grad;
  } else {
    t.impl()->grad = Tensor{};
  }
}
int32_t grad_fn_(int32_t h) { return g_nodes.acquire(T(h).grad_fn()); }
void backward_(int32_t h, int32_t grad, bool retain_graph) {
  backward({T(h)}, {grad ? T(grad) : Tensor{}}, retain_graph);
}
bool grad_enabled_() { return grad_enabled(); }
void set_grad_enabled_(bool enabled) { set_grad_enabled(enabled); }

std::string node_name(int32_t n) { return g_nodes.get(n)->name(); }
// [[node handle, input_nr], ...]; an empty edge is [0, 0].
val node_next(int32_t n) {
  val out = val::array();
  for (const Edge& e : g_nodes.get(n)->next_edges()) {
    val pair = val::array();
    pair.call<void>("push", e.node ? g_nodes.acquire(e.node) : 0);
    pair.call<void>("push", e.input_nr);
    out.call<void>("push", pair);
  }
  return out;
}

// ---- global state
void set_print_options_(int32_t precision, double threshold, double edgeitems, double linewidth, int32_t sci_mode) {
  PrintOptions o;
  o.precision = precision;
  o.threshold = int64_t(threshold);
  o.edgeitems = int64_t(edgeitems);
  o.linewidth = int64_t(linewidth);
  if (sci_mode >= 0) o.sci_mode = sci_mode == 1;
  set_print_options(o);
}
int32_t default_dtype_() { return int32_t(default_dtype()); }
void set_default_dtype_(int32_t dtype) { set_default_dtype(to_dtype_code(dtype)); }

// Back to a fresh process's state (for running independent programs one after another).
void reset_state() {
  set_grad_enabled(true);
  set_print_options(PrintOptions{});
  set_default_dtype(DType::Float32);
}

}  // namespace
}  // namespace gb

#define GB_EXPORT(name, fn) emscripten::function(name, &gb::Guarded<fn>::call)

EMSCRIPTEN_BINDINGS(gradbook) {
  using namespace gb;
  GB_EXPORT("release", &release);
  GB_EXPORT("release_node", &release_node);
  GB_EXPORT("live_tensors", &live_tensors);
  GB_EXPORT("live_handles", &live_handles);

  GB_EXPORT("from_bytes", &from_bytes);
  GB_EXPORT("data_bytes", &data_bytes);
  GB_EXPORT("full", &full_);
  GB_EXPORT("zeros_like", &zeros_like_);
  GB_EXPORT("ones_like", &ones_like_);
  GB_EXPORT("item", &item_);

  GB_EXPORT("shape", &shape_);
  GB_EXPORT("dtype", &dtype_);
  GB_EXPORT("numel", &numel_);
  GB_EXPORT("dim", &dim_);
  GB_EXPORT("format", &format_);

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
  GB_EXPORT("sum", &sum_all);
  GB_EXPORT("mean", &mean_all);
  GB_EXPORT("sum_dims", &sum_dims);
  GB_EXPORT("mean_dims", &mean_dims);
  GB_EXPORT("to_dtype", &to_dtype_);
  GB_EXPORT("view", &view_);
  GB_EXPORT("reshape", &reshape_);
  GB_EXPORT("expand", &expand_);
  GB_EXPORT("clone", &unary<clone>);
  GB_EXPORT("detach", &unary<detach>);

  GB_EXPORT("requires_grad", &requires_grad_);
  GB_EXPORT("set_requires_grad", &set_requires_grad);
  GB_EXPORT("is_leaf", &is_leaf_);
  GB_EXPORT("grad", &grad_);
  GB_EXPORT("set_grad", &set_grad);
  GB_EXPORT("grad_fn", &grad_fn_);
  GB_EXPORT("backward", &backward_);
  GB_EXPORT("grad_enabled", &grad_enabled_);
  GB_EXPORT("set_grad_enabled", &set_grad_enabled_);
  GB_EXPORT("node_name", &node_name);
  GB_EXPORT("node_next", &node_next);

  GB_EXPORT("set_print_options", &set_print_options_);
  GB_EXPORT("default_dtype", &default_dtype_);
  GB_EXPORT("set_default_dtype", &set_default_dtype_);
  GB_EXPORT("reset_state", &reset_state);
}
