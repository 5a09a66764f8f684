// Storage blocks come from a small pool: a training step frees and re-creates the same
// tensor sizes over and over, and a one-element op should not pay for an aligned
// allocation. Blocks up to kMaxPooled bytes are rounded up to a power of two and kept on a
// free list per size when freed, up to kMaxCached bytes in all; bigger blocks go straight
// to the allocator (a power-of-two round-up would waste too much of them).
#include "tensor/storage.h"

#include <bit>
#include <cstdlib>
#include <limits>
#include <new>
#include <vector>

#include "tensor/error.h"

namespace gb {

namespace {
constexpr size_t kAlignment = 64;  // a cache line, and enough for any SIMD load
constexpr size_t kMaxPooled = size_t(1) << 20;
constexpr size_t kMaxCached = size_t(16) << 20;
constexpr int kClasses = std::bit_width(kMaxPooled);  // class c holds blocks of 2^c bytes

struct Pool {
  std::vector<void*> free[kClasses];
  size_t cached = 0;
  int64_t live = 0;
};
// Never destroyed, so storages freed during static destruction still find it (and the
// cached blocks stay reachable for leak checkers). The engine runs on one thread.
Pool& pool() {
  static Pool* p = new Pool;
  return *p;
}

[[noreturn]] void out_of_memory(int64_t nbytes) {
  fail("[enforce fail at alloc_cpu.cpp:75] data. DefaultCPUAllocator: not enough memory: you tried to allocate ",
       nbytes, " bytes.");
}

// The bytes a request really takes: a power of two for pooled sizes.
size_t block_size(size_t nbytes) {
  size_t size = nbytes < kAlignment ? kAlignment : nbytes;
  return size <= kMaxPooled ? std::bit_ceil(size) : (size + kAlignment - 1) / kAlignment * kAlignment;
}

void* allocate(size_t size) {
  Pool& p = pool();
  if (size <= kMaxPooled) {
    auto& list = p.free[std::countr_zero(size)];
    if (!list.empty()) {
      void* block = list.back();
      list.pop_back();
      p.cached -= size;
      return block;
    }
  }
  void* block = std::aligned_alloc(kAlignment, size);
  if (!block && p.cached) {  // the cache may be what stands in the way
    release_cached_storage();
    block = std::aligned_alloc(kAlignment, size);
  }
  return block;
}

void deallocate(void* block, size_t size) {
  Pool& p = pool();
  if (size <= kMaxPooled && p.cached + size <= kMaxCached) {
    try {
      p.free[std::countr_zero(size)].push_back(block);
      p.cached += size;
      return;
    } catch (const std::bad_alloc&) {  // no room to remember it: hand it back instead
    }
  }
  std::free(block);
}
}  // namespace

Storage::Storage(int64_t nbytes) : data_(nullptr), nbytes_(nbytes) {
  if (nbytes < 0 || uint64_t(nbytes) > std::numeric_limits<size_t>::max() / 2) out_of_memory(nbytes);
  data_ = static_cast<std::byte*>(allocate(block_size(size_t(nbytes))));
  if (!data_) out_of_memory(nbytes);
  pool().live += int64_t(block_size(size_t(nbytes)));
}

Storage::~Storage() {
  size_t size = block_size(size_t(nbytes_));
  pool().live -= int64_t(size);
  deallocate(data_, size);
}

StorageStats storage_stats() { return {pool().live, int64_t(pool().cached)}; }

void release_cached_storage() {
  Pool& p = pool();
  for (auto& list : p.free) {
    for (void* block : list) std::free(block);
    list.clear();
  }
  p.cached = 0;
}

}  // namespace gb
