#pragma once
// The unstable ordering algorithms of GNU libstdc++ (std::sort, std::partial_sort,
// std::nth_element), step for step. PyTorch's CPU build runs sort and topk through them, so
// where equal keys make the result depend on the algorithm (which of two tied elements comes
// first, and so which index is returned), only the same steps give PyTorch's indices.
// Emscripten's libc++ orders ties differently, hence our own copy of the steps.
//
// All take a random-access range [first, last) and a strict "comes before" `less`.
#include <cstdint>
#include <utility>

namespace gb::stdsort {

inline int64_t floor_log2(int64_t n) { return 63 - __builtin_clzll(uint64_t(n)); }

constexpr int64_t kInsertionThreshold = 16;

// ---- heaps (max-heaps under `less`)
template <class It, class Less, class V>
void push_heap(It first, int64_t hole, int64_t top, V value, Less& less) {
  int64_t parent = (hole - 1) / 2;
  while (hole > top && less(first[parent], value)) {
    first[hole] = std::move(first[parent]);
    hole = parent;
    parent = (hole - 1) / 2;
  }
  first[hole] = std::move(value);
}

// Sinks the hole at `hole` to a leaf along the larger children, then pushes `value` back up.
template <class It, class Less, class V>
void adjust_heap(It first, int64_t hole, int64_t len, V value, Less& less) {
  const int64_t top = hole;
  int64_t child = hole;
  while (child < (len - 1) / 2) {
    child = 2 * (child + 1);
    if (less(first[child], first[child - 1])) --child;
    first[hole] = std::move(first[child]);
    hole = child;
  }
  if ((len & 1) == 0 && child == (len - 2) / 2) {
    child = 2 * (child + 1);
    first[hole] = std::move(first[child - 1]);
    hole = child - 1;
  }
  stdsort::push_heap(first, hole, top, std::move(value), less);
}

template <class It, class Less>
void make_heap(It first, It last, Less& less) {
  const int64_t len = last - first;
  if (len < 2) return;
  for (int64_t parent = (len - 2) / 2;; --parent) {
    auto value = std::move(first[parent]);
    stdsort::adjust_heap(first, parent, len, std::move(value), less);
    if (parent == 0) return;
  }
}

// Moves the heap's top to `result` and puts result's old element into the heap.
template <class It, class Less>
void pop_heap(It first, It last, It result, Less& less) {
  auto value = std::move(*result);
  *result = std::move(*first);
  stdsort::adjust_heap(first, 0, last - first, std::move(value), less);
}

// Leaves the (middle - first) smallest elements in a heap at [first, middle).
template <class It, class Less>
void heap_select(It first, It middle, It last, Less& less) {
  stdsort::make_heap(first, middle, less);
  for (It i = middle; i < last; ++i)
    if (less(*i, *first)) stdsort::pop_heap(first, middle, i, less);
}

template <class It, class Less>
void sort_heap(It first, It last, Less& less) {
  while (last - first > 1) {
    --last;
    stdsort::pop_heap(first, last, last, less);
  }
}

// ---- insertion sorts
template <class It, class Less>
void unguarded_linear_insert(It last, Less& less) {
  auto value = std::move(*last);
  It next = last - 1;
  while (less(value, *next)) {
    *last = std::move(*next);
    last = next;
    --next;
  }
  *last = std::move(value);
}

template <class It, class Less>
void insertion_sort(It first, It last, Less& less) {
  if (first == last) return;
  for (It i = first + 1; i != last; ++i) {
    if (less(*i, *first)) {
      auto value = std::move(*i);
      for (It j = i; j != first; --j) *j = std::move(*(j - 1));
      *first = std::move(value);
    } else {
      stdsort::unguarded_linear_insert(i, less);
    }
  }
}

// ---- partitioning around the median of three
template <class It, class Less>
void move_median_to_first(It result, It a, It b, It c, Less& less) {
  using std::swap;
  if (less(*a, *b)) {
    if (less(*b, *c)) swap(*result, *b);
    else if (less(*a, *c)) swap(*result, *c);
    else swap(*result, *a);
  } else if (less(*a, *c)) {
    swap(*result, *a);
  } else if (less(*b, *c)) {
    swap(*result, *c);
  } else {
    swap(*result, *b);
  }
}

template <class It, class Less>
It unguarded_partition(It first, It last, It pivot, Less& less) {
  using std::swap;
  while (true) {
    while (less(*first, *pivot)) ++first;
    --last;
    while (less(*pivot, *last)) --last;
    if (!(first < last)) return first;
    swap(*first, *last);
    ++first;
  }
}

template <class It, class Less>
It partition_pivot(It first, It last, Less& less) {
  It mid = first + (last - first) / 2;
  stdsort::move_median_to_first(first, first + 1, mid, last - 1, less);
  return stdsort::unguarded_partition(first + 1, last, first, less);
}

// ---- the three algorithms
template <class It, class Less>
void partial_sort(It first, It middle, It last, Less less) {
  stdsort::heap_select(first, middle, last, less);
  stdsort::sort_heap(first, middle, less);
}

template <class It, class Less>
void introsort_loop(It first, It last, int64_t depth, Less& less) {
  while (last - first > kInsertionThreshold) {
    if (depth == 0) {
      stdsort::partial_sort(first, last, last, less);
      return;
    }
    --depth;
    It cut = stdsort::partition_pivot(first, last, less);
    stdsort::introsort_loop(cut, last, depth, less);
    last = cut;
  }
}

template <class It, class Less>
void sort(It first, It last, Less less) {
  if (first == last) return;
  stdsort::introsort_loop(first, last, 2 * floor_log2(last - first), less);
  if (last - first > kInsertionThreshold) {
    stdsort::insertion_sort(first, first + kInsertionThreshold, less);
    for (It i = first + kInsertionThreshold; i != last; ++i) stdsort::unguarded_linear_insert(i, less);
  } else {
    stdsort::insertion_sort(first, last, less);
  }
}

template <class It, class Less>
void nth_element(It first, It nth, It last, Less less) {
  using std::swap;
  if (first == last || nth == last) return;
  int64_t depth = 2 * floor_log2(last - first);
  while (last - first > 3) {
    if (depth == 0) {
      stdsort::heap_select(first, nth + 1, last, less);
      swap(*first, *nth);
      return;
    }
    --depth;
    It cut = stdsort::partition_pivot(first, last, less);
    if (cut <= nth) first = cut;
    else last = cut;
  }
  stdsort::insertion_sort(first, last, less);
}

}  // namespace gb::stdsort
