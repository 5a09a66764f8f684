// x[...] and x[...] = v, and the gather- and scatter-like ops.
//
// An index expression crosses as a flat array of numbers, four per item: kind, then
//   0 integer: value          1 slice: start, stop (Infinity: none), step
//   2 None    3 Ellipsis      4 bool: 0/1        5 tensor: handle
#include <cmath>
#include <limits>

#include "common.h"
#include "ops/ops.h"

namespace gb::bind {
namespace {

int64_t clamp_to_int64(double v) {
  if (v >= 9.2e18) return std::numeric_limits<int64_t>::max();
  if (v <= -9.2e18) return std::numeric_limits<int64_t>::min();
  return int64_t(v);
}

std::vector<TensorIndex> items_from(const val& encoded) {
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

int32_t get_item_(int32_t a, val items, bool is_tuple) { return H(get_item(T(a), items_from(items), is_tuple)); }
void set_item_(int32_t a, val items, int32_t value, bool is_tuple) { set_item(T(a), items_from(items), T(value), is_tuple); }
int32_t index_put_values(int32_t a, val indices, int32_t values, bool accumulate) {
  return H(gb::index_put_(T(a), tensors_from(indices), T(values), accumulate));
}
int32_t index_select_(int32_t a, double dim, int32_t index) { return H(index_select(T(a), int64_t(dim), T(index))); }
int32_t gather_(int32_t a, double dim, int32_t index) { return H(gather(T(a), int64_t(dim), T(index))); }
int32_t flip_(int32_t a, val dims) { return H(flip(T(a), shape_from(dims))); }
int32_t masked_fill_out(int32_t a, int32_t mask, int32_t value, bool value_is_tensor) {
  return H(masked_fill(T(a), T(mask), T(value), value_is_tensor));
}
int32_t masked_fill_in_place(int32_t a, int32_t mask, int32_t value, bool value_is_tensor) {
  return H(masked_fill_(T(a), T(mask), T(value), value_is_tensor));
}
int32_t scatter_out(int32_t a, double dim, int32_t index, int32_t src, bool src_is_tensor) {
  return H(scatter(T(a), int64_t(dim), T(index), T(src), src_is_tensor));
}
int32_t scatter_in_place(int32_t a, double dim, int32_t index, int32_t src, bool src_is_tensor) {
  return H(scatter_(T(a), int64_t(dim), T(index), T(src), src_is_tensor));
}
int32_t scatter_add_out(int32_t a, double dim, int32_t index, int32_t src) {
  return H(scatter_add(T(a), int64_t(dim), T(index), T(src)));
}
int32_t scatter_add_in_place(int32_t a, double dim, int32_t index, int32_t src) {
  return H(scatter_add_(T(a), int64_t(dim), T(index), T(src)));
}

}  // namespace
}  // namespace gb::bind

EMSCRIPTEN_BINDINGS(indexing) {
  using namespace gb;
  using namespace gb::bind;
  GB_EXPORT("get_item", &get_item_);
  GB_EXPORT("set_item", &set_item_);
  GB_EXPORT("index_put_", &index_put_values);
  GB_EXPORT("index_select", &index_select_);
  GB_EXPORT("gather", &gather_);
  GB_EXPORT("masked_select", &binary<masked_select>);
  GB_EXPORT("flip", &flip_);
  GB_EXPORT("masked_fill", &masked_fill_out);
  GB_EXPORT("masked_fill_", &masked_fill_in_place);
  GB_EXPORT("scatter", &scatter_out);
  GB_EXPORT("scatter_", &scatter_in_place);
  GB_EXPORT("scatter_add", &scatter_add_out);
  GB_EXPORT("scatter_add_", &scatter_add_in_place);
}
