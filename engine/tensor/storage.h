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

 private:
  std::byte* data_;
  int64_t nbytes_;
};

}  // namespace gb
