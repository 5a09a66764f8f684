// x[...] and x[...] = v, and the gather- and scatter-like ops (engine/ops/indexing.cpp).
//
// An index expression crosses as a flat array of numbers, four per item: kind, then
//   0 integer: value          1 slice: start, stop (Infinity: none), step
//   2 None    3 Ellipsis      4 bool: 0/1        5 tensor: handle
#include <limits>

#include "common.h"

namespace gb::bind {

namespace {
int64_t clamp_to_int64(double v) {
  if (v >= 9.2e18) return std::numeric_limits<int64_t>::max();
  if (v <= -9.2e18) return std::numeric_limits<int64_t>::min();
  return int64_t(v);
}
}  // namespace

template <>
struct Arg<std::vector<TensorIndex>> {
  using Wire = val;
  static std::vector<TensorIndex> from(const val& encoded) {
    std::vector<double> flat = emscripten::convertJSArrayToNumberVector<double>(encoded);
    std::vector<TensorIndex> items;
    for (size_t i = 0; i + 3 < flat.size(); i += 4) {
      TensorIndex item;
      switch (int(flat[i])) {
        case 0:
          item.kind = TensorIndex::Kind::Integer;
          item.integer = clamp_to_int64(flat[i + 1]);
          break;
        case 1:
          item.kind = TensorIndex::Kind::Slice;
          item.start = clamp_to_int64(flat[i + 1]);
          item.stop = clamp_to_int64(flat[i + 2]);
          item.step = clamp_to_int64(flat[i + 3]);
          break;
        case 2: item.kind = TensorIndex::Kind::None; break;
        case 3: item.kind = TensorIndex::Kind::Ellipsis; break;
        case 4:
          item.kind = TensorIndex::Kind::Boolean;
          item.boolean = flat[i + 1] != 0;
          break;
        default:
          item.kind = TensorIndex::Kind::Tensor;
          item.tensor = T(int32_t(flat[i + 1]));
      }
      items.push_back(std::move(item));
    }
    return items;
  }
};

}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(indexing) {
  using namespace gb;
  GB_EXPORT("get_item", &get_item);
  GB_EXPORT("set_item", &set_item);
  GB_EXPORT("index_put_", &index_put_);
  GB_EXPORT("index_select", &index_select);
  GB_EXPORT("gather", &gather);
  GB_EXPORT("masked_select", &masked_select);
  GB_EXPORT("flip", &flip);
  GB_EXPORT("roll", &roll);
  GB_EXPORT("rot90", &rot90);
  GB_EXPORT("index_add", &index_add);
  GB_EXPORT("index_add_", &index_add_);
  GB_EXPORT("index_copy", &index_copy);
  GB_EXPORT("index_copy_", &index_copy_);
  GB_EXPORT("index_fill", &index_fill);
  GB_EXPORT("index_fill_", &index_fill_);
  GB_EXPORT("masked_scatter", &masked_scatter);
  GB_EXPORT("masked_scatter_", &masked_scatter_);
  GB_EXPORT("masked_fill", &masked_fill);
  GB_EXPORT("masked_fill_", &masked_fill_);
  GB_EXPORT("scatter", &scatter);
  GB_EXPORT("scatter_", &scatter_);
  GB_EXPORT("scatter_add", &scatter_add);
  GB_EXPORT("scatter_add_", &scatter_add_);
}
