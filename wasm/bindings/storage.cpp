// Storages as torch.save and torch.load see them (web/python/torch/serialization.py): a file
// holds each storage once, whole, and each tensor as a view of one. Saving asks which storage
// a tensor uses and for all of its bytes; loading lays tensors out on a storage read back.
#include <cstdint>
#include <memory>

#include "common.h"

namespace gb::bind {
namespace {

// Tells storages apart while a save runs (the tensors being saved keep theirs alive).
double storage_key(const Tensor& t) { return double(reinterpret_cast<uintptr_t>(t.impl()->storage.get())); }

// A copy of every byte of the storage, whatever part of it the tensor shows.
val storage_data(const Tensor& t) {
  const Storage& storage = *t.impl()->storage;
  return val(emscripten::typed_memory_view(size_t(storage.nbytes()), reinterpret_cast<uint8_t*>(storage.data())))
      .call<val>("slice");
}

// The bytes in `storage` that a tensor of this geometry reaches (PyTorch's computeStorageNbytes),
// or -1 past int64.
int64_t storage_nbytes_needed(const Shape& shape, const Shape& strides, int64_t offset, int64_t itemsize) {
  int64_t last = 0;
  for (size_t d = 0; d < shape.size(); ++d) {
    if (shape[d] == 0) return 0;
    int64_t reach;
    if (__builtin_mul_overflow(strides[d], shape[d] - 1, &reach) || __builtin_add_overflow(last, reach, &last))
      return -1;
  }
  int64_t nbytes;
  if (__builtin_add_overflow(last, offset + 1, &last) || __builtin_mul_overflow(last, itemsize, &nbytes)) return -1;
  return nbytes;
}

// A tensor showing `storage` (a contiguous tensor holding a whole storage read from a file)
// with the given geometry. Like PyTorch's set_() it shares the bytes without being a view:
// no view base, a version counter of its own. The geometry comes from the file, so it is
// checked before any byte is reached through it.
Tensor on_storage(const Tensor& storage, const Shape& shape, const Shape& strides, int64_t offset) {
  if (shape.size() != strides.size())
    fail("mismatch in length of strides and shape: ", shape.size(), " strides and ", strides.size(), " sizes");
  for (int64_t d : shape)
    if (d < 0) fail("Trying to create tensor with negative dimension ", d, ": ", shape_str(shape));
  for (int64_t s : strides)
    if (s < 0) fail("as_strided: Negative strides are not supported at the moment, got strides: ", shape_str(strides));
  if (offset < 0) fail("Tensor: invalid storage offset ", offset);
  const int64_t itemsize = int64_t(element_size(storage.dtype()));
  const int64_t needed = storage_nbytes_needed(shape, strides, offset, itemsize);
  if (needed < 0)
    fail("Storage size calculation overflowed with sizes=", shape_str(shape), " and strides=", shape_str(strides));
  const int64_t available = storage.impl()->storage->nbytes();
  if (needed > available)
    fail("setStorage: sizes ", shape_str(shape), ", strides ", shape_str(strides), ", storage offset ", offset,
         ", and itemsize ", itemsize, " requiring a storage size of ", needed, " are out of bounds for storage of size ",
         available);
  numel(shape);  // more than 2^63 - 1 elements is PyTorch's overflow error
  const TensorImpl& base = *storage.impl();
  return Tensor(std::make_shared<TensorImpl>(base.storage, offset, shape, strides, base.dtype,
                                             std::make_shared<uint32_t>(0)));
}

}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(storage) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("storage_key", &storage_key);
  GB_EXPORT("storage_data", &storage_data);
  GB_EXPORT("on_storage", &on_storage);
}
