#include "tensor/storage.h"

#include <cstdlib>
#include <limits>

#include "tensor/error.h"

namespace gb {

namespace {
constexpr size_t kAlignment = 64;  // a cache line, and enough for any SIMD load

[[noreturn]] void out_of_memory(int64_t nbytes) {
  fail("[enforce fail at alloc_cpu.cpp:75] data. DefaultCPUAllocator: not enough memory: you tried to allocate ",
       nbytes, " bytes.");
}
}  // namespace

Storage::Storage(int64_t nbytes) : data_(nullptr), nbytes_(nbytes) {
  if (nbytes < 0 || uint64_t(nbytes) > std::numeric_limits<size_t>::max() - kAlignment)
    out_of_memory(nbytes);
  size_t rounded = (size_t(nbytes) + kAlignment - 1) / kAlignment * kAlignment;
  data_ = static_cast<std::byte*>(std::aligned_alloc(kAlignment, rounded ? rounded : kAlignment));
  if (!data_) out_of_memory(nbytes);
}

Storage::~Storage() { std::free(data_); }

}  // namespace gb
