// sort, topk, kthvalue, unique, unique_consecutive.
#include <cmath>

#include "helpers.h"

using namespace gb;
using namespace gb::test;

namespace {
std::vector<double> pattern(int64_t n, int64_t step, int64_t mod) {
  std::vector<double> v;
  for (int64_t i = 0; i < n; ++i) v.push_back(double((i * step) % mod));
  return v;
}
}  // namespace

TEST_CASE("sort puts nan last (first descending) and returns int64 indices") {
  Tensor x = vec({1, NAN, -0.0, 0, 2, NAN, -1});
  auto [v, i] = sort(x, 0, false, false);
  CHECK(values(i) == std::vector<double>{6, 2, 3, 0, 4, 1, 5});
  CHECK(i.dtype() == DType::Int64);
  CHECK(values(sort(x, -1, true, false).second) == std::vector<double>{1, 5, 4, 0, 2, 3, 6});
}

TEST_CASE("unstable sort orders ties as PyTorch's libstdc++ introsort does; stable keeps input order") {
  Tensor x = make(pattern(40, 7, 3), {40}, DType::Int64);
  CHECK(values(sort(x, 0, false, false).second) ==
        std::vector<double>{0,  21, 18, 24, 15, 27, 12, 30, 9,  33, 6,  36, 3,  39, 31, 34, 28, 37, 25, 22,
                            1,  19, 16, 4,  13, 7,  10, 2,  20, 38, 5,  35, 8,  32, 11, 29, 14, 26, 17, 23});
  CHECK(values(sort(x, 0, true, false).second) ==
        std::vector<double>{29, 20, 17, 23, 14, 26, 11, 8,  32, 5,  35, 2,  38, 31, 1,  34, 28, 25, 37, 22,
                            16, 13, 4,  10, 19, 7,  30, 39, 0,  3,  36, 6,  33, 9,  12, 27, 15, 24, 18, 21});
  std::vector<double> stable = values(sort(x, 0, false, true).second);
  CHECK(std::vector<double>(stable.begin(), stable.begin() + 4) == std::vector<double>{0, 3, 6, 9});
}

TEST_CASE("sort along a dim of a matrix") {
  Tensor m = make({3, 1, 2, 0, 5, 4}, {2, 3});
  auto [v, i] = sort(m, 0, false, false);
  CHECK(values(v) == std::vector<double>{0, 1, 2, 3, 5, 4});
  CHECK(values(i) == std::vector<double>{1, 0, 0, 0, 1, 1});
}

TEST_CASE("topk ties follow libstdc++'s nth_element and partial_sort, as in PyTorch") {
  Tensor small = make({1, 3, 3, 2, 3, 1}, {6}, DType::Int64);
  CHECK(values(topk(small, 3, -1, true, true).second) == std::vector<double>{2, 4, 1});
  CHECK(values(topk(small, 3, -1, false, true).second) == std::vector<double>{5, 0, 3});
  Tensor big = make(pattern(300, 5, 4), {300});  // k * 64 <= n: partial_sort
  CHECK(values(topk(big, 4, 0, true, true).second) == std::vector<double>{11, 3, 15, 7});
  CHECK(values(topk(big, 4, 0, false, true).second) == std::vector<double>{8, 0, 12, 4});
  Tensor mid = make(pattern(30, 5, 4), {30});
  CHECK(values(topk(mid, 6, 0, true, true).second) == std::vector<double>{11, 7, 23, 27, 19, 15});
  CHECK_THROWS_WITH(topk(small, 7, 0, true, true), "selected index k out of range");
  CHECK(topk(small, 0, 0, true, true).first.shape() == Shape{0});
}

TEST_CASE("kthvalue runs PyTorch's quickselect") {
  auto [v, i] = kthvalue(vec({3, 1, 2, 1, 5, 1}), 2, 0, false);
  CHECK(values(v) == std::vector<double>{1});
  CHECK(values(i) == std::vector<double>{3});
  CHECK(kthvalue(make({3, 1, 2, 5}, {2, 2}), 1, 0, true).first.shape() == Shape{1, 2});
  CHECK_THROWS_WITH(kthvalue(vec({1}), 2, 0, false), "kthvalue(): selected number k out of range for dimension 0");
}

TEST_CASE("the gradient of sort, topk and kthvalue goes back to where each value came from") {
  check_gradients([](const auto& in) { return sort(in[0], 1, true, false).first; },
                  {f64({0.3, -1, 2, 0.5, 0.1, -0.2}, {2, 3})});
  check_gradients([](const auto& in) { return topk(in[0], 2, 0, true, true).first; }, {f64({0.3, -1, 2, 0.5}, {4})});
  check_gradients([](const auto& in) { return kthvalue(in[0], 2, 1, false).first; },
                  {f64({0.3, -1, 2, 0.5, 0.1, -0.2}, {2, 3})});
  Tensor x = vec({2, 1}, true);
  CHECK(name_of(sort(x, 0, false, false).first) == "SortBackward0");
  CHECK(name_of(topk(x, 1, 0, true, true).first) == "TopkBackward0");
  CHECK(name_of(kthvalue(x, 1, 0, false).first) == "KthvalueBackward0");
}

TEST_CASE("unique gives sorted distinct values, each element's index among them, and counts") {
  Tensor x = make({1, 4, 2, 0, 1, 0, 2, 3, 3, 4}, {2, 5}, DType::Int64);
  auto parts = unique(x);
  CHECK(values(parts[0]) == std::vector<double>{0, 1, 2, 3, 4});
  CHECK(values(parts[1]) == std::vector<double>{1, 4, 2, 0, 1, 0, 2, 3, 3, 4});
  CHECK(parts[1].shape() == Shape{2, 5});
  CHECK(values(parts[2]) == std::vector<double>{2, 2, 2, 2, 2});
  Tensor y = vec({2, 0}, true);
  Tensor u = unique(y)[0];
  CHECK(name_of(u) == "Unique2Backward0");
  CHECK_THROWS_WITH(backward({sum(u)}, {}, false), "the derivative for '_unique2' is not implemented.");
}

TEST_CASE("unique_consecutive collapses runs") {
  auto parts = unique_consecutive(make({1, 1, 2, 2, 3, 1, 1, 2}, {8}, DType::Int64));
  CHECK(values(parts[0]) == std::vector<double>{1, 2, 3, 1, 2});
  CHECK(values(parts[1]) == std::vector<double>{0, 0, 1, 1, 2, 3, 3, 4});
  CHECK(values(parts[2]) == std::vector<double>{2, 2, 1, 2, 1});
}

TEST_CASE("unique_dim lists the distinct slices along dim, sorted, or collapses runs of equal neighbours") {
  Tensor m = make({1, 2, 0, 5, 1, 2, 0, 1}, {4, 2}, DType::Int64);
  auto rows = unique_dim(m, 0, false);
  CHECK(values(rows[0]) == std::vector<double>{0, 1, 0, 5, 1, 2});
  CHECK(rows[0].shape() == Shape{3, 2});
  CHECK(values(rows[1]) == std::vector<double>{2, 1, 2, 0});
  CHECK(values(rows[2]) == std::vector<double>{1, 1, 2});
  auto columns = unique_dim(m, -1, false);
  CHECK(values(columns[0]) == values(m));
  CHECK(values(columns[1]) == std::vector<double>{0, 1});
  auto runs = unique_dim(make({1, 2, 1, 2, 0, 1, 1, 2}, {4, 2}, DType::Int64), 0, true);
  CHECK(values(runs[0]) == std::vector<double>{1, 2, 0, 1, 1, 2});
  CHECK(values(runs[1]) == std::vector<double>{0, 0, 1, 2});
  CHECK(values(runs[2]) == std::vector<double>{2, 1, 1});
  // Rows holding nan never equal each other.
  CHECK(values(unique_dim(make({1, NAN, 1, NAN}, {2, 2}), 0, false)[2]) == std::vector<double>{1, 1});
  // The middle dim of a 3-d tensor: slices compare with the other dims in their order.
  Tensor cube = make({1, 2, 1, 2, 0, 1, 1, 2}, {2, 2, 2}, DType::Int64);
  CHECK(values(unique_dim(cube, 1, false)[1]) == std::vector<double>{0, 1});
}

TEST_CASE("unique_dim's checks and its node") {
  CHECK_THROWS_WITH(unique_dim(ints({1}), 1, false), "Dimension out of range (expected to be in range of [-1, 0], but got 1)");
  CHECK_THROWS_WITH(unique_dim(make({3}, {}, DType::Int64), 0, false), "Dimension specified as 0 but tensor has no dimensions");
  CHECK_THROWS_WITH(unique_dim(zeros({2, 0}, DType::Float32), 0, false),
                    "There are 0 sized dimensions, and they aren't selected, so unique cannot be applied");
  auto empty_rows = unique_dim(zeros({0, 2}, DType::Float32), 0, false);
  CHECK(empty_rows[0].shape() == Shape{0, 2});
  CHECK(empty_rows[1].numel() == 0);
  Tensor x = make({1, 2, 1, 2}, {2, 2}, DType::Float32, true);
  CHECK(name_of(unique_dim(x, 0, false)[0]) == "UniqueDimBackward0");
  CHECK(name_of(unique_dim(x, 0, true)[0]) == "UniqueConsecutiveBackward0");
}
