// Shape's container: std::vector behaviour whether the elements fit inline or spill.
#include <doctest/doctest.h>

#include <vector>

#include "tensor/small_vector.h"

using gb::SmallVector;
using Small = SmallVector<int64_t, 3>;

TEST_CASE("a small vector behaves like std::vector inline and after spilling to the heap") {
  Small v{1, 2};
  v.push_back(3);
  CHECK(v.capacity() == 3);
  v.push_back(v[0]);  // an element of the vector itself, while it grows
  CHECK(v == Small{1, 2, 3, 1});
  v.insert(v.begin() + 1, 9);
  v.erase(v.begin());
  CHECK(v == Small{9, 2, 3, 1});
  v.insert(v.end(), v.begin(), v.begin() + 2);
  CHECK(v == Small{9, 2, 3, 1, 9, 2});
  v.resize(2);
  v.resize(4, 7);
  CHECK(v == Small{9, 2, 7, 7});
  CHECK(v.back() == 7);
}

TEST_CASE("copies and moves keep their elements and leave the source usable") {
  Small heap{1, 2, 3, 4, 5}, inline_{6};
  Small copy = heap, moved = std::move(heap), moved_inline = std::move(inline_);
  CHECK(copy == Small{1, 2, 3, 4, 5});
  CHECK(moved == copy);
  CHECK(moved_inline == Small{6});
  CHECK(heap.empty());
  heap.push_back(8);
  CHECK(heap == Small{8});
  copy = moved_inline;
  CHECK(copy == Small{6});
}

TEST_CASE("a small vector converts to and from std::vector") {
  std::vector<int64_t> std_vector = Small{4, 5, 6, 7};
  CHECK(std_vector == std::vector<int64_t>{4, 5, 6, 7});
  Small back = std_vector;
  CHECK(back == Small{4, 5, 6, 7});
  CHECK(Small(3, 1) == Small{1, 1, 1});
}
