#pragma once
// A tensor's bytes. Views share one Storage; it is freed with its last view.
#include <cstddef>
#include <cstdint>

namespace gb {

class Storage {
 public:
  // Uninitialised bytes. Throws PyTorch's "not enough memory" RuntimeError when the
  // allocation cannot be satisfied, so a huge tensor is an error, never a trap.
  explicit Storage(int64_t nbytes);
  ~Storage();
  Storage(const Storage&) = delete;
  Storage& operator=(const Storage&) = delete;

  std::byte* data() const { return data_; }
  int64_t nbytes() const { return nbytes_; }

  // The version counter of tensors created on this storage, handed out through an aliasing
  // shared_ptr so that a new tensor costs no separate allocation for it.
  uint32_t version = 0;

 private:
  std::byte* data_;
  int64_t nbytes_;
};

// Bytes held by live storages plus those cached for reuse (see storage.cpp).
struct StorageStats {
  int64_t live_bytes;
  int64_t cached_bytes;
};
StorageStats storage_stats();
// Returns every cached block to the allocator.
void release_cached_storage();

}  // namespace gb
