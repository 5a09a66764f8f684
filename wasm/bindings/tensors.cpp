// Tensor lifetime, tensors from bytes or a value, data access, metadata, printing, and the
// process's global state (engine/tensor/, engine/format/).
#include <emscripten/heap.h>

#include <algorithm>

#include "common.h"
#include "format/format.h"
#include "autograd/backward_trace.h"
#include "autograd/grad_mode.h"
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
Tensor from_bytes(val bytes, const Shape& shape, DType source_dtype, DType dtype) {
  Tensor src = empty(shape, source_dtype);
  int64_t nbytes = src.numel() * int64_t(element_size(src.dtype()));
  if (bytes["byteLength"].as<double>() != double(nbytes)) fail("from_bytes: expected ", nbytes, " bytes");
  val raw = val::global("Uint8Array").new_(bytes["buffer"], bytes["byteOffset"], bytes["byteLength"]);
  val(emscripten::typed_memory_view(size_t(nbytes), reinterpret_cast<uint8_t*>(src.raw()))).call<void>("set", raw);
  return to_dtype(src, dtype);
}
// A copy of the values as row-major bytes of the tensor's dtype.
val data_bytes(const Tensor& t) {
  Tensor dense = contiguous_copy(t);
  size_t nbytes = size_t(dense.numel()) * element_size(dense.dtype());
  return val(emscripten::typed_memory_view(nbytes, reinterpret_cast<uint8_t*>(dense.raw()))).call<val>("slice");
}

// The tensor's own fields, which the engine reads as members.
Shape shape(const Tensor& t) { return t.shape(); }
Shape strides(const Tensor& t) { return t.strides(); }
int64_t storage_offset(const Tensor& t) { return t.impl()->offset; }
DType dtype(const Tensor& t) { return t.dtype(); }
int64_t numel(const Tensor& t) { return t.numel(); }
int64_t dim(const Tensor& t) { return t.dim(); }
bool is_contiguous(const Tensor& t) { return t.is_contiguous(); }

// The fields of PrintOptions as arguments; sci_mode -1 means "as PyTorch decides".
void set_print_option_fields(int32_t precision, double threshold, int64_t edgeitems, int64_t linewidth, int32_t sci_mode) {
  PrintOptions o;
  o.precision = precision;
  o.threshold = int64_t(std::min(threshold, 9e18));  // the "full" profile passes 2**63 - 1
  o.edgeitems = edgeitems;
  o.linewidth = linewidth;
  if (sci_mode >= 0) o.sci_mode = sci_mode == 1;
  set_print_options(o);
}

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
  GB_EXPORT("full", &full);
  GB_EXPORT("item", &item);
  GB_EXPORT("shape", &gb::bind::shape);
  GB_EXPORT("strides", &gb::bind::strides);
  GB_EXPORT("storage_offset", &storage_offset);
  GB_EXPORT("dtype", &gb::bind::dtype);
  GB_EXPORT("numel", &gb::bind::numel);
  GB_EXPORT("dim", &gb::bind::dim);
  GB_EXPORT("is_contiguous", &is_contiguous);
  GB_EXPORT("format", &format_tensor);
  GB_EXPORT("set_print_options", &set_print_option_fields);
  GB_EXPORT("reset_state", &reset_state);
}
