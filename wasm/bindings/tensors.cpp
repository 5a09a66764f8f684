// Tensor lifetime, creation, data access, metadata, printing and global state.
#include <emscripten/heap.h>

#include <algorithm>

#include "common.h"
#include "format/format.h"
#include "autograd/backward_trace.h"
#include "autograd/grad_mode.h"
#include "ops/ops.h"
#include "ops/type_promotion.h"
#include "random/generator.h"

namespace gb::bind {
namespace {

void release(int32_t h) { tensors().release(h); }
double live_tensors() { return double(TensorImpl::live_count); }
double live_handles() { return double(tensors().size() + nodes().size()); }
double heap_bytes() { return double(emscripten_get_heap_size()); }
double storage_bytes() { return double(storage_stats().live_bytes); }

// Values arrive as the bytes of `source_dtype` elements and are converted to `dtype`.
int32_t from_bytes(val bytes, val shape, int32_t source_dtype, int32_t dtype) {
  Tensor src = empty(shape_from(shape), dtype_from(source_dtype));
  int64_t nbytes = src.numel() * int64_t(element_size(src.dtype()));
  if (bytes["byteLength"].as<double>() != double(nbytes)) fail("from_bytes: expected ", nbytes, " bytes");
  val raw = val::global("Uint8Array").new_(bytes["buffer"], bytes["byteOffset"], bytes["byteLength"]);
  val(emscripten::typed_memory_view(size_t(nbytes), reinterpret_cast<uint8_t*>(src.raw()))).call<void>("set", raw);
  return H(to_dtype(src, dtype_from(dtype)));
}
// A copy of the values as row-major bytes of the tensor's dtype.
val data_bytes(int32_t h) {
  Tensor t = contiguous_copy(T(h));
  size_t nbytes = size_t(t.numel()) * element_size(t.dtype());
  return val(emscripten::typed_memory_view(nbytes, reinterpret_cast<uint8_t*>(t.raw()))).call<val>("slice");
}
int32_t full_(val shape, double value, int32_t dtype) { return H(full(shape_from(shape), value, dtype_from(dtype))); }
double item_(int32_t h) { return item(T(h)); }
int32_t arange_(double start, double end, double step, int32_t dtype) {
  return H(arange(start, end, step, dtype_from(dtype)));
}
int32_t linspace_(double start, double end, double steps, int32_t dtype) {
  return H(linspace(start, end, int64_t(steps), dtype_from(dtype)));
}
int32_t logspace_(double start, double end, double steps, double base, int32_t dtype) {
  return H(logspace(start, end, int64_t(steps), base, dtype_from(dtype)));
}
int32_t eye_(double n, double m, int32_t dtype) { return H(eye(int64_t(n), int64_t(m), dtype_from(dtype))); }

val shape_(int32_t h) { return array_from(T(h).shape()); }
int32_t dtype_(int32_t h) { return int32_t(T(h).dtype()); }
int32_t result_type_(int32_t a, int32_t b) { return int32_t(result_type(T(a), T(b))); }
val numel_(int32_t h) { return integer(T(h).numel()); }
int32_t dim_(int32_t h) { return int32_t(T(h).dim()); }
std::string format_(int32_t h) { return format_tensor(T(h)); }

void set_print_options_(int32_t precision, double threshold, double edgeitems, double linewidth, int32_t sci_mode) {
  PrintOptions o;
  o.precision = precision;
  o.threshold = int64_t(std::min(threshold, 9e18));  // the "full" profile passes 2**63 - 1
  o.edgeitems = int64_t(edgeitems);
  o.linewidth = int64_t(linewidth);
  if (sci_mode >= 0) o.sci_mode = sci_mode == 1;
  set_print_options(o);
}
int32_t default_dtype_() { return int32_t(default_dtype()); }
void set_default_dtype_(int32_t dtype) { set_default_dtype(dtype_from(dtype)); }

// Back to a fresh process's state (for running independent programs one after another).
void reset_state() {
  set_grad_enabled(true);
  set_print_options(PrintOptions{});
  set_default_dtype(DType::Float32);
  default_generator()->manual_seed(nondeterministic_seed());
  clear_backward_trace();
}

}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(tensors) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("release", &release);
  GB_EXPORT("live_tensors", &live_tensors);
  GB_EXPORT("live_handles", &live_handles);
  GB_EXPORT("heap_bytes", &heap_bytes);
  GB_EXPORT("storage_bytes", &storage_bytes);
  GB_EXPORT("from_bytes", &from_bytes);
  GB_EXPORT("data_bytes", &data_bytes);
  GB_EXPORT("full", &full_);
  GB_EXPORT("arange", &arange_);
  GB_EXPORT("linspace", &linspace_);
  GB_EXPORT("logspace", &logspace_);
  GB_EXPORT("eye", &eye_);
  GB_EXPORT("zeros_like", &unary<zeros_like>);
  GB_EXPORT("ones_like", &unary<ones_like>);
  GB_EXPORT("item", &item_);
  GB_EXPORT("shape", &shape_);
  GB_EXPORT("dtype", &dtype_);
  GB_EXPORT("result_type", &result_type_);
  GB_EXPORT("numel", &numel_);
  GB_EXPORT("dim", &dim_);
  GB_EXPORT("format", &format_);
  GB_EXPORT("set_print_options", &set_print_options_);
  GB_EXPORT("default_dtype", &default_dtype_);
  GB_EXPORT("set_default_dtype", &set_default_dtype_);
  GB_EXPORT("reset_state", &reset_state);
}
