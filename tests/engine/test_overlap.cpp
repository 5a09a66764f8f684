// PyTorch's memory rules for writes and sizes: no elementwise write into a tensor that holds
// one location twice or from an input that partly overlaps it, and no more than 2^63 - 1
// elements (or bytes).
#include "helpers.h"
#include "tensor/overlap.h"

using namespace gb;
using namespace gb::test;

namespace {
const char* kInternal =
    "unsupported operation: more than one element of the written-to tensor refers to a single memory location. "
    "Please clone() the tensor before performing the operation.";
const char* kPartial =
    "unsupported operation: some elements of the input tensor and the written-to tensor refer to a single memory "
    "location. Please clone() the tensor before performing the operation.";
}  // namespace

TEST_CASE("dense tensors are those whose elements fill their memory once, in any dim order") {
  CHECK(is_non_overlapping_and_dense(iota({2, 3})));
  CHECK(is_non_overlapping_and_dense(transpose(iota({2, 3}), 0, 1)));
  CHECK(is_non_overlapping_and_dense(make({1}, {})));
  CHECK_FALSE(is_non_overlapping_and_dense(slice(iota({2, 3}), 1, 0, 2, 1)));
  CHECK_FALSE(is_non_overlapping_and_dense(expand(vec({1, 2, 3}), {2, 3})));
}

TEST_CASE("an in-place write into an expanded tensor is refused, before its shape and dtype rules") {
  Tensor e = expand(vec({0, 0, 0}), {3, 3});
  CHECK_THROWS_WITH(add_(e, num(1)), kInternal);
  CHECK_THROWS_WITH(unary_(Unary::Neg, e), kInternal);
  CHECK_THROWS_WITH(copy_(e, iota({2, 3, 3})), kInternal);
  CHECK_THROWS_WITH(clamp_(e, num(0), Tensor{}), kInternal);
  CHECK_THROWS_WITH(add_(expand(make({0}, {1}, DType::Int32), {3, 3}), num(1.5)), kInternal);
  CHECK(values(e) == std::vector<double>(9, 0));
  fill_(e, 2);  // one value for every element: allowed, as in PyTorch
  CHECK(values(e) == std::vector<double>(9, 2));
}

TEST_CASE("an input that partly overlaps the written-to tensor is refused; the same elements are not") {
  Tensor x = iota({6});
  CHECK_THROWS_WITH(add_(slice(x, 0, 1, 6, 1), slice(x, 0, 0, 5, 1)), kPartial);
  CHECK_THROWS_WITH(copy_(view(x, {3, 2}), transpose(view(x, {2, 3}), 0, 1)), kPartial);
  copy_(slice(x, 0, 0, 3, 1), slice(x, 0, 3, 6, 1));
  CHECK(values(x) == std::vector<double>{3, 4, 5, 3, 4, 5});
  add_(x, x);
  CHECK(values(x) == std::vector<double>{6, 8, 10, 6, 8, 10});
}

TEST_CASE("index_put_ refuses values or indices that overlap self at all; one value through a mask is read first") {
  Tensor x = iota({4});
  CHECK_THROWS_WITH(index_put_(x, {ints({0, 1, 2, 3})}, x, true), kPartial);
  CHECK_THROWS_WITH(index_put_(x, {ints({0, 1, 2, 3})}, x, false), kPartial);
  CHECK_THROWS_WITH(index_put_(x, {ints({1, 2})}, slice(x, 0, 2, 4, 1), true), kPartial);
  Tensor i = ints({0, 1});
  CHECK_THROWS_WITH(index_put_(i, {i}, ints({5, 6}), false), kPartial);
  CHECK(values(x) == std::vector<double>{0, 1, 2, 3});
  index_put_(slice(x, 0, 0, 2, 1), {ints({1})}, slice(x, 0, 3, 4, 1), true);  // apart: allowed
  CHECK(values(x) == std::vector<double>{0, 4, 2, 3});
  index_put_(x, {make({0, 0, 1, 1}, {4}, DType::Bool)}, select(x, 0, 1), false);  // masked_fill
  CHECK(values(x) == std::vector<double>{0, 4, 4, 4});
}

TEST_CASE("scatter_ and scatter_add_ refuse a src or index that overlaps self at all") {
  Tensor x = iota({4});
  CHECK_THROWS_WITH(scatter_(x, 0, ints({3, 2, 1, 0}), x, true), kPartial);
  CHECK_THROWS_WITH(scatter_add_(x, 0, ints({0, 1}), slice(x, 0, 1, 3, 1)), kPartial);
  Tensor i = ints({0, 1});
  CHECK_THROWS_WITH(scatter_(i, 0, i, ints({5, 6}), true), kPartial);
  CHECK(values(x) == std::vector<double>{0, 1, 2, 3});
  scatter_(slice(x, 0, 0, 2, 1), 0, ints({1, 0}), slice(x, 0, 2, 4, 1), true);  // apart: allowed
  CHECK(values(x) == std::vector<double>{3, 2, 2, 3});
  CHECK(values(scatter(x, 0, ints({1}), x, true)) == std::vector<double>{3, 3, 2, 3});  // into a copy
}

TEST_CASE("more than 2^63 - 1 elements or bytes is PyTorch's overflow error") {
  Tensor x = vec({0});
  CHECK_THROWS_WITH(expand(x, {int64_t(1) << 32, int64_t(1) << 32}), "numel: integer multiplication overflow");
  CHECK_THROWS_WITH(expand(x, {int64_t(1) << 32, int64_t(1) << 32, 0}), "numel: integer multiplication overflow");
  CHECK(expand(x, {int64_t(1) << 31, int64_t(1) << 31}).numel() == int64_t(1) << 62);
  CHECK(numel({0, int64_t(1) << 32, int64_t(1) << 32}) == 0);
  CHECK_THROWS_WITH(empty({int64_t(1) << 61}, DType::Float32),
                    "Storage size calculation overflowed with sizes=[2305843009213693952]");
  CHECK_THROWS_WITH(view(vec({1, 2, 3}), {int64_t(1) << 32, int64_t(1) << 32}),
                    "shape '[4294967296, 4294967296]' is invalid for input of size 3");
}
