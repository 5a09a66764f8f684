// index_add, index_copy, index_fill and masked_scatter (ops/index_writes.cpp): values, PyTorch's
// checks and messages, nodes, and gradients (first and second order).
#include "helpers.h"

using namespace gb;
using namespace gb::test;

namespace {
const Tensor kPicks = ints({0, 2});
Tensor source() { return iota({2, 2}); }
}  // namespace

TEST_CASE("index_add adds alpha times source's slices into the picked slices, repeats adding up") {
  CHECK(values(index_add(zeros({3, 2}, DType::Float32), 0, kPicks, source(), 2)) ==
        std::vector<double>{0, 2, 0, 0, 4, 6});
  CHECK(values(index_add(zeros({3, 2}, DType::Float32), 0, ints({0, 0}), source(), 1)) ==
        std::vector<double>{2, 4, 0, 0, 0, 0});
  CHECK(values(index_add(zeros({3, 2}, DType::Float32), 0, to_dtype(kPicks, DType::Int32), source(), 1)) ==
        std::vector<double>{0, 1, 0, 0, 2, 3});
  Tensor self = zeros({3, 2}, DType::Float32);
  index_add_(self, 1, ints({1}), ones_like(iota({3, 1})), 1);
  CHECK(values(self) == std::vector<double>{0, 1, 0, 1, 0, 1});
}

TEST_CASE("index_add's checks") {
  Tensor self = zeros({3, 2}, DType::Float32);
  CHECK_THROWS_WITH(index_add(self, 0, vec({0, 2}), source(), 1),
                    "index_add_(): Expected dtype int32/int64 for index but got: Float");
  CHECK_THROWS_WITH(index_add(self, 0, ints({0, 3}), source(), 1), "index out of range in self");
  CHECK_THROWS_WITH(index_add(self, 0, ints({-1, 0}), source(), 1), "index out of range in self");
  CHECK_THROWS_WITH(index_add(self, 0, kPicks, to_dtype(source(), DType::Float64), 1),
                    "index_add_(): self (Float) and source (Double) must have the same scalar type");
  CHECK_THROWS_WITH(index_add(self, 0, kPicks, iota({1, 2}), 1),
                    "index_add_(): Number of indices (2) should be equal to source.size(dim): (1), for dim: 0");
  CHECK_THROWS_WITH(index_add(self, 0, make({0, 1}, {1, 2}, DType::Int64), source(), 1),
                    "index_add_(): Index is supposed to be a vector, but got dim: 2 with type: Long and size: [1, 2]");
  CHECK_THROWS_WITH(index_add(self, 0, kPicks, iota({2, 3}), 1),
                    "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0");
  CHECK_THROWS_WITH(index_add(self, 2, kPicks, source(), 1),
                    "Dimension out of range (expected to be in range of [-2, 1], but got 2)");
}

TEST_CASE("index_copy writes source's slices, the last write to a slice winning") {
  CHECK(values(index_copy(zeros({3, 2}, DType::Float32), 0, kPicks, source())) ==
        std::vector<double>{0, 1, 0, 0, 2, 3});
  CHECK(values(index_copy(zeros({3, 2}, DType::Float32), 0, ints({0, 0}), source())) ==
        std::vector<double>{2, 3, 0, 0, 0, 0});
  Tensor self = zeros({3, 2}, DType::Float32);
  CHECK_THROWS_WITH(index_copy(self, 0, ints({0, 3}), source()),
                    "index_copy_(): index 3 is out of bounds for dimension 0 with size 3");
  CHECK_THROWS_WITH(index_copy(self, 0, kPicks, to_dtype(source(), DType::Float64)),
                    "index_copy_(): self and source expected to have the same dtype, but got (self) Float and (source) Double");
  CHECK_THROWS_WITH(index_copy(self, 0, to_dtype(kPicks, DType::Int32), source()),
                    "index_copy_(): Expected a long tensor for index, but got Int");
  CHECK_THROWS_WITH(index_copy(self, 0, kPicks, iota({2, 3})),
                    "index_copy_(): Source/destination tensor must have same slice shapes. Destination slice shape: 2 "
                    "at dimension 0 and source slice shape: 3 at dimension 0.");
  CHECK_THROWS_WITH(index_copy(self, 0, kPicks, iota({1, 2})),
                    "index_copy_(): Number of indices (2) should be equal to source.size(dim) (1)");
}

TEST_CASE("index_fill sets the picked slices to a value; negative positions count from the end") {
  CHECK(values(index_fill(zeros({3, 2}, DType::Float32), 1, ints({1}), num(5), false)) ==
        std::vector<double>{0, 5, 0, 5, 0, 5});
  CHECK(values(index_fill(zeros({2}, DType::Int64), 0, ints({-1}), num(7, DType::Int64), false)) ==
        std::vector<double>{0, 7});
  CHECK(values(index_fill(zeros({3}, DType::Float32), 0, make({1}, {}, DType::Int64), num(2), false)) ==
        std::vector<double>{0, 2, 0});
  Tensor self = zeros({3, 2}, DType::Float32);
  CHECK_THROWS_WITH(index_fill(self, 0, ints({3}), num(1), false), "index 3 is out of bounds for dimension 0 with size 3");
  CHECK_THROWS_WITH(index_fill(self, 0, ints({0}), vec({1, 2}), true),
                    "index_fill_ only supports a 0-dimensional value tensor, but got tensor with 1 dimension(s).");
  CHECK_THROWS_WITH(index_fill(self, 0, to_dtype(ints({0}), DType::Int32), num(1), false),
                    "index_fill_(): Expected dtype int64 for index.");
  CHECK_THROWS_WITH(index_fill(self, 0, make({1}, {1, 1}, DType::Int64), num(1), false), "Index has to be a vector/scalar");
}

TEST_CASE("masked_scatter takes source's elements in order where the mask holds") {
  Tensor mask = make({1, 0, 0, 1}, {2, 2}, DType::Bool);
  CHECK(values(masked_scatter(zeros({2, 2}, DType::Float32), mask, vec({1, 2, 3}))) == std::vector<double>{1, 0, 0, 2});
  CHECK(values(masked_scatter(zeros({2, 2}, DType::Float32), mask, make({5, 6, 7, 8}, {2, 2}))) ==
        std::vector<double>{5, 0, 0, 6});
  CHECK(values(masked_scatter(zeros({2, 2}, DType::Float32), make({1, 0}, {2}, DType::Bool), vec({1, 2, 3}))) ==
        std::vector<double>{1, 0, 2, 0});
  CHECK(masked_scatter(zeros({2}, DType::Float32), mask, vec({1, 2, 3})).shape() == Shape{2, 2});
  CHECK_THROWS_WITH(masked_scatter(zeros({2, 2}, DType::Float32), mask, vec({1})),
                    "Number of elements of source < number of ones in mask");
  CHECK_THROWS_WITH(masked_scatter(zeros({2, 2}, DType::Float32), mask, ints({1, 2})),
                    "masked_scatter: expected self and source to have same dtypes but gotFloat and Long");
}

TEST_CASE("the nodes are PyTorch's, and the gradients match float64 finite differences") {
  Tensor x = make({0, 0, 0, 0, 0, 0}, {3, 2}, DType::Float32, true);
  Tensor src = make({0, 1, 2, 3}, {2, 2}, DType::Float32, true);
  CHECK(name_of(index_add(x, 0, kPicks, src, 1)) == "IndexAddBackward0");
  CHECK(name_of(index_copy(x, 0, kPicks, src)) == "IndexCopyBackward0");
  CHECK(name_of(index_fill(x, 0, kPicks, num(1), false)) == "IndexFillBackward0");
  CHECK(name_of(index_fill(x, 0, kPicks, make({1}, {}, DType::Float32, true), true)) == "IndexFillBackward1");
  CHECK(name_of(masked_scatter(x, make({1, 0, 0, 1, 1, 0}, {3, 2}, DType::Bool), src)) == "MaskedScatterBackward0");
  const Tensor self = f64({0.5, -1.5, 2.0, 3.0, -0.25, 1.0}, {3, 2});
  const Tensor from = f64({1.5, 0.75, -2.0, 0.25}, {2, 2});
  const Tensor twice = ints({2, 0, 2});
  check_gradients([](auto& in) { return mul(index_add(in[0], 0, ints({2, 0}), in[1], 0.5), in[0]); }, {self, from});
  check_gradients([](auto& in) { return mul(index_copy(in[0], 0, ints({2, 0}), in[1]), in[0]); }, {self, from});
  check_gradients([twice](auto& in) { return mul(index_fill(in[0], 0, twice, in[1], true), in[0]); },
                  {self, f64({0.5}, {})});
  check_gradients(
      [](auto& in) {
        return mul(masked_scatter(in[0], make({1, 0, 0, 1, 1, 0}, {3, 2}, DType::Bool), in[1]), in[0]);
      },
      {self, f64({1.5, 0.75, -2.0, 0.25, 4.0}, {5})});
}
