#pragma once
// JavaScript holds engine objects as small integer handles, not as Embind objects: a handle
// costs nothing to pass, and it is freed exactly when its owner releases it, never by the
// JS garbage collector. One object has one handle (so identity survives the round trip);
// each hand-out counts as one reference that the receiver must release.
#include <cstdint>
#include <memory>
#include <vector>

#include "tensor/error.h"

namespace gb {

template <class Object>
class HandleTable {
 public:
  // Object keeps its handle in `int32_t host_handle` (0: none).
  int32_t acquire(const std::shared_ptr<Object>& object) {
    if (!object) return 0;
    int32_t& slot = object->host_handle;
    if (slot != 0) {
      ++entries_[slot].refs;
      return slot;
    }
    int32_t h;
    if (!free_.empty()) {
      h = free_.back();
      free_.pop_back();
    } else {
      h = int32_t(entries_.size());
      entries_.emplace_back();
    }
    entries_[h] = {object, 1};
    slot = h;
    return h;
  }

  const std::shared_ptr<Object>& get(int32_t h) const {
    if (h <= 0 || size_t(h) >= entries_.size() || !entries_[h].object) fail("invalid handle ", h);
    return entries_[h].object;
  }

  void release(int32_t h) {
    get(h);
    Entry& e = entries_[h];
    if (--e.refs > 0) return;
    e.object->host_handle = 0;
    e.object.reset();  // may free the object (and, through it, whole graphs)
    free_.push_back(h);
  }

  int64_t size() const { return int64_t(entries_.size() - 1 - free_.size()); }

 private:
  struct Entry {
    std::shared_ptr<Object> object;
    int32_t refs = 0;
  };
  std::vector<Entry> entries_{Entry{}};  // handle 0 means "none"
  std::vector<int32_t> free_;
};

}  // namespace gb
