// Indexing as Python's x[...] and x[...] = v do it, and the gather-like ops: values, result
// shapes (the placement rules of advanced indexing), errors, node names and gradients.
#include "helpers.h"

using namespace gb;
using namespace gb::test;

namespace {
using Kind = TensorIndex::Kind;

Tensor longs(const std::vector<double>& v, const Shape& shape) { return make(v, shape, DType::Int64); }
Tensor longs(const std::vector<double>& v) { return longs(v, {int64_t(v.size())}); }
Tensor bools(const std::vector<double>& v, const Shape& shape) { return make(v, shape, DType::Bool); }

TensorIndex I(int64_t i) { return {Kind::Integer, i}; }
TensorIndex S(int64_t start = 0, int64_t stop = INT64_MAX, int64_t step = 1) {
  TensorIndex s{Kind::Slice};
  s.start = start;
  s.stop = stop;
  s.step = step;
  return s;
}
TensorIndex T(const Tensor& t) {
  TensorIndex i{Kind::Tensor};
  i.tensor = t;
  return i;
}
TensorIndex B(bool b) {
  TensorIndex i{Kind::Boolean};
  i.boolean = b;
  return i;
}
const TensorIndex kNone{Kind::None};
const TensorIndex kEllipsis{Kind::Ellipsis};

Tensor at(const Tensor& x, std::vector<TensorIndex> items) { return get_item(x, items, true); }
}  // namespace

TEST_CASE("integers, slices, None and ... give views") {
  Tensor x = iota({3, 4});
  CHECK(values(at(x, {I(1)})) == std::vector<double>{4, 5, 6, 7});
  CHECK(values(at(x, {I(-1), I(-1)})) == std::vector<double>{11});
  CHECK(at(x, {I(0), I(1)}).shape() == Shape{});
  CHECK(values(at(x, {S(), I(1)})) == std::vector<double>{1, 5, 9});
  CHECK(values(at(x, {S(0, INT64_MAX, 2), S(1, 3)})) == std::vector<double>{1, 2, 9, 10});
  CHECK(at(x, {kNone, I(0), kNone}).shape() == Shape{1, 1, 4});
  CHECK(at(x, {kEllipsis, I(0)}).shape() == Shape{3});
  CHECK(at(x, {kEllipsis, kNone}).shape() == Shape{3, 4, 1});
  CHECK(at(x, {S(5)}).shape() == Shape{0, 4});
  CHECK(at(x, {I(1)}).impl()->storage == x.impl()->storage);
}

TEST_CASE("an index with nothing to do still returns a new tensor (an alias)") {
  Tensor x = make({1, 2}, {2}, DType::Float32, true);
  Tensor a = get_item(x, {kEllipsis}, false);
  CHECK_FALSE(a.is_same(x));
  CHECK(name_of(a) == "AliasBackward0");
  CHECK(name_of(at(x, {S(0, 2)})) == "AliasBackward0");
  CHECK(name_of(get_item(x, {S(0, 2)}, false)) == "SliceBackward0");
  CHECK(name_of(get_item(x, {S()}, false)) == "SliceBackward0");
}

TEST_CASE("out-of-range integers name the position of the index") {
  Tensor x = iota({2, 3});
  CHECK_THROWS_WITH(at(x, {I(2)}), "index 2 is out of bounds for dimension 0 with size 2");
  CHECK_THROWS_WITH(at(x, {kNone, kNone, I(0), I(7)}), "index 7 is out of bounds for dimension 3 with size 3");
  CHECK_THROWS_WITH(at(x, {I(0), I(0), I(0)}), "too many indices for tensor of dimension 2");
  CHECK_THROWS_WITH(at(x, {S(0, 2, 0)}), "step must be greater than zero");
  Tensor scalar = make({5}, {});
  CHECK_THROWS_WITH(get_item(scalar, {I(0)}, false), doctest::Contains("invalid index of a 0-dim tensor."));
  CHECK_THROWS_WITH(get_item(scalar, {I(1)}, false), "index 1 is out of bounds for dimension 0 with size 0");
  CHECK_THROWS_WITH(get_item(scalar, {S()}, false), "slice() cannot be applied to a 0-dim tensor.");
}

TEST_CASE("index tensors gather, and 0-dim ones act as integers") {
  Tensor x = iota({3, 4});
  CHECK(values(at(x, {T(longs({2, 0}))})) == std::vector<double>{8, 9, 10, 11, 0, 1, 2, 3});
  CHECK(values(at(x, {T(longs({0, 2})), T(longs({1, -1}))})) == std::vector<double>{1, 11});
  CHECK(at(x, {T(longs({1}, {}))}).shape() == Shape{4});
  CHECK(name_of(at(make({1, 2}, {2}, DType::Float32, true), {T(longs({1}, {}))})) == "SelectBackward0");
}

TEST_CASE("advanced results replace adjacent indexed dims in place, or go first when apart") {
  Tensor x = iota({2, 3, 4});
  CHECK(at(x, {S(), T(longs({0, 2}))}).shape() == Shape{2, 2, 4});
  CHECK(at(x, {S(), T(longs({0, 2})), T(longs({1, 3}))}).shape() == Shape{2, 2});
  CHECK(at(x, {T(longs({0, 1})), S(), T(longs({0, 2}))}).shape() == Shape{2, 3});
  CHECK(at(x, {T(longs({0})), S(), T(longs({1, 2}, {2, 1}))}).shape() == Shape{2, 1, 3});
  CHECK(at(x, {I(0), S(), T(longs({0, 2}))}).shape() == Shape{3, 2});
  CHECK(at(x, {T(longs({0, 1})), kNone, T(longs({1, 2}))}).shape() == Shape{2, 1, 4});
  CHECK(values(at(x, {T(longs({0, 1})), S(), T(longs({0, 3}))})) == std::vector<double>{0, 4, 8, 15, 19, 23});
}

TEST_CASE("masks pick the elements where they are true") {
  Tensor x = iota({2, 3});
  CHECK(values(at(x, {T(bools({1, 0, 0, 0, 1, 1}, {2, 3}))})) == std::vector<double>{0, 4, 5});
  CHECK(values(at(x, {S(), T(bools({0, 1, 1}, {3}))})) == std::vector<double>{1, 2, 4, 5});
  CHECK(at(x, {T(bools({0, 0}, {2}))}).shape() == Shape{0, 3});
  CHECK(at(x, {B(true)}).shape() == Shape{1, 2, 3});
  CHECK(at(x, {B(false)}).shape() == Shape{0, 2, 3});
  CHECK(name_of(at(make({1, 2}, {2}, DType::Float32, true), {B(true)})) == "IndexBackward0");
}

TEST_CASE("advanced indexing errors are PyTorch's") {
  Tensor x = iota({2, 3, 4});
  CHECK_THROWS_WITH(at(x, {T(longs({2}))}), "index 2 is out of bounds for dimension 0 with size 2");
  CHECK_THROWS_WITH(at(x, {I(0), T(longs({1, 2, 3}))}), "index 3 is out of bounds for dimension 0 with size 3");
  CHECK_THROWS_WITH(at(x, {T(longs({0, 1})), T(longs({0, 1, 2}))}),
                    "shape mismatch: indexing tensors could not be broadcast together with shapes [2], [3]");
  CHECK_THROWS_WITH(at(x, {T(make({1}, {1}))}), "tensors used as indices must be long, byte or bool tensors");
  CHECK_THROWS_WITH(at(x, {T(make({1}, {1}, DType::Int32))}), "tensors used as indices must be long, byte or bool tensors");
  CHECK_THROWS_WITH(at(x, {T(bools({1, 0, 1}, {3}))}),
                    "The shape of the mask [3] at index 0 does not match the shape of the indexed tensor [2, 3, 4] at index 0");
  CHECK_THROWS_WITH(at(x, {S(), T(bools({1, 0}, {2}))}),
                    "The shape of the mask [2] at index 0 does not match the shape of the indexed tensor [2, 3, 4] at index 1");
  CHECK_NOTHROW(at(zeros({2, 0}, DType::Float32), {T(longs({5}))}));
}

TEST_CASE("index gradients add up over repeated indices") {
  Tensor x = vec({1, 2, 3}, true);
  Tensor y = at(x, {T(longs({0, 2, 0}))});
  CHECK(name_of(y) == "IndexBackward0");
  backward({sum(y)}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{2, 0, 1});
  Tensor a = f64({1, 2, 3, 4, 5, 6}, {2, 3});
  check_gradients([](const auto& in) { return at(in[0], {T(longs({1, 0, 1})), T(longs({2}))}); }, {a});
  check_gradients([](const auto& in) { return at(in[0], {T(bools({1, 0, 1, 1, 1, 0}, {2, 3}))}); }, {a});
  check_gradients([](const auto& in) { return at(in[0], {T(longs({1, 0, 1})), S(), T(longs({0, 1, 1}))}); }, {f64({1, 2, 3, 4, 5, 6, 7, 8}, {2, 2, 2})});
}

TEST_CASE("index, index_put_ and masked_fill record their gradients, so second derivatives pass through them") {
  Tensor a = f64({1, 2, 3, 4, 5, 6}, {2, 3});
  auto squared = [](const Tensor& v) { return mul(v, v); };
  check_gradients([squared](const auto& in) { return squared(at(in[0], {T(longs({1, 0, 1})), T(longs({2, 2, 0}))})); }, {a});
  check_gradients([squared](const auto& in) { return squared(masked_fill(in[0], bools({1, 0}, {2, 1}), make({0}, {}), false)); }, {a});
  check_gradients(
      [squared](const auto& in) {
        Tensor y = mul(in[0], num(1));
        index_put_(y, {longs({1, 0})}, squared(in[1]), false);
        return squared(y);
      },
      {a, f64({0.5, -2, 1.5}, {3})});
  Tensor x = make({1, 2, 3}, {3}, DType::Float64, true);
  std::vector<Tensor> g = grad({sum(squared(at(x, {T(longs({0, 2, 0}))})))}, {}, {x}, true, false, true);
  CHECK(name_of(g[0]) == "IndexPutImplBackward0");
  CHECK(values(g[0]) == std::vector<double>{4, 0, 6});
}

TEST_CASE("assignment writes through views, fills, broadcasts and puts") {
  Tensor x = zeros({3, 4}, DType::Float32);
  set_item(x, {I(0)}, make({1}, {}), false);
  set_item(x, {I(1), I(2)}, make({5}, {}), true);
  set_item(x, {S(), I(0)}, make({7, 8, 9}, {3}), true);
  set_item(x, {I(2), S(1, 3)}, make({1, 2}, {1, 1, 2}), true);
  CHECK(values(x) == std::vector<double>{7, 1, 1, 1, 8, 0, 5, 0, 9, 1, 2, 0});
  set_item(x, {T(longs({0, 2}))}, make({-1}, {}), true);
  CHECK(values(x) == std::vector<double>{-1, -1, -1, -1, 8, 0, 5, 0, -1, -1, -1, -1});
  set_item(x, {T(bools({0, 1, 0}, {3}))}, make({3}, {}, DType::Int64), true);
  CHECK(values(x) == std::vector<double>{-1, -1, -1, -1, 3, 3, 3, 3, -1, -1, -1, -1});
  set_item(x, {B(false)}, make({9}, {}), false);
  CHECK(values(x)[0] == -1);
}

TEST_CASE("assignment errors are PyTorch's") {
  Tensor x = zeros({2, 3}, DType::Float32);
  CHECK_THROWS_WITH(set_item(x, {I(0)}, iota({2}), false),
                    "The expanded size of the tensor (3) must match the existing size (2) at non-singleton dimension 0.  "
                    "Target sizes: [3].  Tensor sizes: [2]");
  CHECK_THROWS_WITH(set_item(x, {T(longs({0, 1}))}, iota({3, 1}), true),
                    "shape mismatch: value tensor of shape [3, 1] cannot be broadcast to indexing result of shape [2, 3]");
  CHECK_THROWS_WITH(set_item(x, {T(longs({0, 1}))}, iota({3}, DType::Int64), true),
                    "Index put requires the source and destination dtypes match, got Float for the destination and Long "
                    "for the source.");
  CHECK_THROWS_WITH(set_item(x, {I(5)}, make({1}, {}), false), "index 5 is out of bounds for dimension 0 with size 2");
}

TEST_CASE("assignment into a tensor with history records PyTorch's nodes") {
  Tensor w = vec({1, 2, 3}, true);
  Tensor two = wrapped_scalar(2, DType::Int64);
  Tensor y = mul(w, two);
  set_item(y, {I(0)}, make({5}, {}), false);
  CHECK(name_of(y) == "CopySlices");
  y = mul(w, two);
  set_item(y, {S(0, 3)}, make({5}, {}), false);
  CHECK(name_of(y) == "FillBackward3");
  y = mul(w, two);
  set_item(y, {T(longs({0}))}, make({5}, {}), true);
  CHECK(name_of(y) == "IndexPutBackward0");
  y = mul(w, two);
  set_item(y, {T(bools({1, 0, 1}, {3}))}, make({0}, {}), true);
  CHECK(name_of(y) == "IndexPutBackward0");
  backward({sum(y)}, {}, false);
  CHECK(values(grad_of(w)) == std::vector<double>{0, 2, 0});
  CHECK_THROWS_WITH(set_item(w, {T(longs({0}))}, make({5}, {}), true),
                    "a leaf Variable that requires grad is being used in an in-place operation.");
  CHECK_THROWS_WITH(set_item(w, {I(0)}, make({5}, {}), false),
                    "a view of a leaf Variable that requires grad is being used in an in-place operation.");
}

TEST_CASE("index_put gradients match finite differences") {
  check_gradients(
      [](const auto& in) {
        Tensor y = mul(in[0], in[0]);
        index_put_(y, {longs({2, 0})}, in[1], false);
        return y;
      },
      {f64({1, 2, 3}, {3}), f64({4, 5}, {2})});
  check_gradients(
      [](const auto& in) {
        Tensor y = mul(in[0], in[0]);
        index_put_(y, {longs({1, 1})}, in[1], true);
        return y;
      },
      {f64({1, 2, 3}, {3}), f64({4}, {1})});
}

TEST_CASE("index_select picks whole slices along a dim") {
  Tensor x = iota({2, 3});
  CHECK(values(index_select(x, 1, longs({2, 0}))) == std::vector<double>{2, 0, 5, 3});
  CHECK(index_select(x, 0, longs({1}, {})).shape() == Shape{1, 3});
  CHECK(values(index_select(x, 0, make({1}, {1}, DType::Int32))) == std::vector<double>{3, 4, 5});
  CHECK_THROWS_WITH(index_select(x, 0, longs({2})), "index out of range in self");
  CHECK_THROWS_WITH(index_select(x, 0, make({0}, {1})), "index_select(): Expected dtype int32 or int64 for index");
  CHECK_THROWS_WITH(index_select(x, 0, longs({0}, {1, 1})), "index_select(): Index is supposed to be a vector");
  Tensor a = make({1, 2, 3}, {3}, DType::Float32, true);
  CHECK(name_of(index_select(a, 0, longs({0}))) == "IndexSelectBackward0");
  check_gradients([](const auto& in) { return index_select(in[0], 1, longs({2, 0, 2})); }, {f64({1, 2, 3, 4, 5, 6}, {2, 3})});
}

TEST_CASE("gather reads one element per index position") {
  Tensor x = iota({2, 3});
  CHECK(values(gather(x, 1, longs({0, 2, 1, 1}, {2, 2}))) == std::vector<double>{0, 2, 4, 4});
  CHECK(values(gather(x, 0, longs({1, 0, 1}, {1, 3}))) == std::vector<double>{3, 1, 5});
  CHECK_THROWS_WITH(gather(x, 1, longs({0, 5}, {2, 1})), "index 5 is out of bounds for dimension 1 with size 3");
  CHECK_THROWS_WITH(gather(x, 1, longs({0, 1})), "Index tensor must have the same number of dimensions as input tensor");
  CHECK_THROWS_WITH(gather(x, 1, make({0}, {1, 1}, DType::Int32)), "gather(): Expected dtype int64 for index");
  CHECK_THROWS_WITH(gather(x, 0, longs({0, 1, 1, 0}, {1, 4})),
                    "Size does not match at dimension 1 expected index [1, 4] to be smaller than self [2, 3] apart from dimension 0");
  Tensor a = make({1, 2}, {1, 2}, DType::Float32, true);
  CHECK(name_of(gather(a, 1, longs({1}, {1, 1}))) == "GatherBackward0");
  check_gradients([](const auto& in) { return gather(in[0], 1, longs({0, 0, 2, 1}, {2, 2})); }, {f64({1, 2, 3, 4, 5, 6}, {2, 3})});
}

TEST_CASE("masked_select flattens the selected elements of the broadcast pair") {
  Tensor x = iota({2, 3});
  CHECK(values(masked_select(x, bools({1, 0, 1}, {3}))) == std::vector<double>{0, 2, 3, 5});
  CHECK_THROWS_WITH(masked_select(x, longs({1, 0, 1})), "masked_select: expected BoolTensor or ByteTensor for mask");
  Tensor a = make({1, 2}, {2}, DType::Float32, true);
  CHECK(name_of(masked_select(a, bools({1, 0}, {2}))) == "MaskedSelectBackward0");
  check_gradients([](const auto& in) { return masked_select(in[0], bools({0, 1, 1, 1, 0, 1}, {2, 3})); },
                  {f64({1, 2, 3}, {3})});
}

TEST_CASE("gather, index_select and masked_select record their gradients, so second derivatives pass through them") {
  Tensor a = f64({1, -2, 3, 0.5, 5, -1}, {2, 3});
  auto squared = [](const Tensor& v) { return mul(v, v); };
  // Repeated positions, so the recorded backward adds two gradients into one place.
  check_gradients([squared](const auto& in) { return squared(gather(in[0], 1, longs({0, 0, 2, 1}, {2, 2}))); }, {a});
  check_gradients([squared](const auto& in) { return squared(index_select(in[0], 1, longs({2, 0, 2}))); }, {a});
  check_gradients([squared](const auto& in) { return squared(index_select(in[0], 0, make({1}, {}, DType::Int32))); }, {a});
  check_gradients([squared](const auto& in) { return squared(masked_select(in[0], bools({0, 1, 1, 1, 0, 1}, {2, 3}))); },
                  {f64({1, 2, -3}, {3})});  // self broadcast to the mask: its gradient is summed down
  // A 0-dim self reads as one of size 1, and its gradient is scattered back the same way.
  check_gradients([squared](const auto& in) { return squared(gather(in[0], 0, longs({0, 0}))); }, {f64({1.5}, {})});
  check_gradients([squared](const auto& in) { return squared(index_select(in[0], 0, longs({0, 0}))); }, {f64({1.5}, {})});

  Tensor x = make({0.5, -1, 2, 1.5, 0.25, -3}, {2, 3}, DType::Float64, true);
  auto gradient_node = [&x](const Tensor& y) { return name_of(grad({sum(mul(y, y))}, {}, {x}, true, false, true)[0]); };
  CHECK(gradient_node(gather(x, 1, longs({2, 0}, {2, 1}))) == "ScatterAddBackward0");
  CHECK(gradient_node(index_select(x, 1, longs({2, 2}))) == "IndexAddBackward0");
  CHECK(gradient_node(masked_select(x, bools({1, 0, 1}, {3}))) == "MaskedScatterBackward0");
  std::vector<Tensor> g = grad({sum(mul(gather(x, 1, longs({2, 2}, {2, 1})), x))}, {}, {x}, true, false, true);
  CHECK(values(g[0]) == std::vector<double>{2, 2, 3.5, -3, -3, -4.25});  // x[i][2]·Σx[i] differentiated
}

TEST_CASE("flip reverses dims and its gradient flips back") {
  Tensor x = iota({2, 3});
  CHECK(values(flip(x, {1})) == std::vector<double>{2, 1, 0, 5, 4, 3});
  CHECK(values(flip(x, {0, -1})) == std::vector<double>{5, 4, 3, 2, 1, 0});
  CHECK_THROWS_WITH(flip(x, {0, 0}), "dim 0 appears multiple times in the list of dims");
  Tensor a = make({1, 2}, {2}, DType::Float32, true);
  CHECK(name_of(flip(a, {0})) == "FlipBackward0");
  check_gradients([](const auto& in) { return flip(in[0], {0, 1}); }, {f64({1, 2, 3, 4, 5, 6}, {2, 3})});
}

TEST_CASE("masked_fill writes a value where the mask is true, broadcasting the mask") {
  Tensor x = iota({2, 3});
  Tensor v = make({-1}, {});
  CHECK(values(masked_fill(x, bools({1, 0, 1}, {3}), v, false)) == std::vector<double>{-1, 1, -1, -1, 4, -1});
  CHECK(masked_fill(x, bools({1, 0, 1}, {1, 1, 3}), v, false).shape() == Shape{1, 2, 3});
  CHECK(values(masked_fill(make({1, 2}, {2}, DType::Int64), bools({0, 1}, {2}), make({2.7}, {}), false)) ==
        std::vector<double>{1, 2});
  masked_fill_(x, bools({0, 1}, {2, 1}), v, false);
  CHECK(values(x) == std::vector<double>{0, 1, 2, -1, -1, -1});
  CHECK_THROWS_WITH(masked_fill(x, bools({1, 0}, {2}), v, false),
                    "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1");
  CHECK_THROWS_WITH(masked_fill(x, bools({1}, {1}), iota({2}), true),
                    "masked_fill_ only supports a 0-dimensional value tensor, but got tensor with 1 dimension(s).");
}

TEST_CASE("masked_fill gradients: self where the mask is false, the value where it is true") {
  Tensor a = make({1, 2}, {2}, DType::Float32, true);
  CHECK(name_of(masked_fill(a, bools({1, 0}, {2}), make({0}, {}), false)) == "MaskedFillBackward0");
  CHECK(name_of(masked_fill(a, bools({1, 0}, {2}), make({0}, {}), true)) == "MaskedFillBackward1");
  check_gradients([](const auto& in) { return masked_fill(in[0], bools({1, 0, 1}, {3}), in[1], true); },
                  {f64({1, 2, 3, 4, 5, 6}, {2, 3}), f64({7}, {})});
  check_gradients([](const auto& in) { return masked_fill(in[0], bools({1, 0}, {2, 1}), make({0}, {}), false); },
                  {f64({1, 2, 3}, {1, 3})});
}

TEST_CASE("scatter writes along a dim at index positions; scatter_add adds") {
  Tensor one_hot = zeros({3, 4}, DType::Float32);
  scatter_(one_hot, 1, longs({0, 3, 1}, {3, 1}), make({1}, {}), false);
  CHECK(values(one_hot) == std::vector<double>{1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0});
  Tensor sums = zeros({2, 3}, DType::Float32);
  scatter_add_(sums, 0, longs({0, 1, 0, 0, 0, 1}, {2, 3}), ones({2, 3}, DType::Float32));
  CHECK(values(sums) == std::vector<double>{2, 1, 1, 0, 1, 1});
  Tensor x = zeros({2, 3}, DType::Float32);
  CHECK_THROWS_WITH(scatter_(x, 1, longs({0, 3}, {2, 1}), make({1}, {}), false),
                    "index 3 is out of bounds for dimension 1 with size 3");
  CHECK_THROWS_WITH(scatter_(x, 1, make({0}, {1, 1}, DType::Int32), make({1}, {}), false),
                    "scatter(): Expected dtype int64 for index");
  CHECK_THROWS_WITH(scatter_(x, 1, longs({0, 1}), make({1}, {}), false),
                    "Index tensor must have the same number of dimensions as self tensor");
  CHECK_THROWS_WITH(scatter_(x, 0, longs({0, 1, 0}, {1, 3}), ones({2, 3}, DType::Float64), true),
                    "scatter(): Expected self.dtype to be equal to src.dtype");
  CHECK_THROWS_WITH(scatter_(x, 0, longs({0, 1, 0}, {1, 3}), ones({1, 2}, DType::Float32), true),
                    "Expected index [1, 3] to be smaller than self [2, 3] apart from dimension 0 and to be smaller size than src [1, 2]");
}

TEST_CASE("scatter gradients match finite differences") {
  Tensor index = longs({0, 0, 2, 1}, {2, 2});  // repeats a position: scatter_add adds both
  check_gradients(
      [&](const auto& in) {
        Tensor y = mul(in[0], in[0]);
        scatter_(y, 1, longs({0, 2, 2, 1}, {2, 2}), in[1], true);
        return y;
      },
      {f64({1, 2, 3, 4, 5, 6}, {2, 3}), f64({7, 8, 9, 10}, {2, 2})});
  check_gradients(
      [&](const auto& in) {
        Tensor y = mul(in[0], in[0]);
        scatter_add_(y, 1, index, in[1]);
        return y;
      },
      {f64({1, 2, 3, 4, 5, 6}, {2, 3}), f64({7, 8, 9, 10}, {2, 2})});
  Tensor a = make({1, 2}, {1, 2}, DType::Float32, true);
  Tensor y = mul(a, wrapped_scalar(1, DType::Int64));
  CHECK(name_of(scatter_(y, 1, longs({0}, {1, 1}), make({0}, {}), false)) == "ScatterBackward1");
  CHECK(name_of(scatter_add_(y, 1, longs({0}, {1, 1}), a)) == "ScatterAddBackward0");
  Tensor fresh = scatter(a, 1, longs({1}, {1, 1}), a, true);
  CHECK(name_of(fresh) == "ScatterBackward0");
  CHECK(fresh.grad_fn()->next_edges()[0].node->name() == "AccumulateGrad");
  CHECK(values(a) == std::vector<double>{1, 2});
  CHECK(values(fresh) == std::vector<double>{1, 1});
}

TEST_CASE("scatter and scatter_add gradients match finite differences") {
  Tensor base = f64({1, -2, 3, 0.5, 5, -1}, {2, 3}), src = f64({4, -1, 2, 0.5}, {2, 2});
  Tensor index = longs({2, 0, 1, 2}, {2, 2});  // no position written twice: scatter's result would depend on order
  check_gradients([index](const auto& in) { return scatter(in[0], 1, index, in[1], true); }, {base, src});
  check_gradients([index](const auto& in) { return scatter_add(in[0], 1, index, in[1]); }, {base, src});
  check_gradients([](const auto& in) { return scatter(in[0], 0, longs({1, 0, 1}, {1, 3}), num(2.5), false); }, {base});
}

TEST_CASE("scatter's and scatter_add's gradients are recorded: scatter with 0 for self, gather for src") {
  Tensor base = f64({1, -2, 3, 0.5, 5, -1}, {2, 3}), src = f64({4, -1, 2, 0.5}, {2, 2});
  Tensor index = longs({2, 0, 1, 2}, {2, 2});
  auto squared = [](const Tensor& v) { return mul(v, v); };
  check_gradients([index, squared](const auto& in) { return squared(scatter(in[0], 1, index, in[1], true)); }, {base, src});
  check_gradients([squared](const auto& in) { return squared(scatter_add(in[0], 1, longs({0, 0, 2, 0}, {2, 2}), in[1])); },
                  {base, src});
  check_gradients([squared](const auto& in) { return squared(scatter(in[0], 0, longs({1, 0, 1}, {1, 3}), num(2.5), false)); },
                  {base});
  check_gradients(
      [squared](const auto& in) {
        Tensor y = mul(in[0], in[0]);
        scatter_(y, 1, longs({0, 2, 1, 0}, {2, 2}), mul(in[1], slice(in[0], 1, 0, 2, 1)), true);  // src depends on self too
        return squared(y);
      },
      {f64({1, 2, 3, 4, -5, 6}, {2, 3}), f64({7, -8, 0.5, 10}, {2, 2})});

  Tensor x = make({0.5, -1, 2, 1.5, 0.25, -3}, {2, 3}, DType::Float64, true);
  Tensor s = make({2, -1}, {2, 1}, DType::Float64, true);
  auto gradients = [&](const Tensor& y) { return grad({sum(mul(y, y))}, {}, {x, s}, true, false, true); };
  std::vector<Tensor> g = gradients(scatter(x, 1, longs({1, 0}, {2, 1}), s, true));
  CHECK(name_of(g[0]) == "ScatterBackward1");
  CHECK(name_of(g[1]) == "GatherBackward0");
  g = gradients(scatter_add(x, 1, longs({1, 0}, {2, 1}), s));
  CHECK(name_of(g[0]) == "AddBackward0");  // self's gradient is the incoming one: 2·y
  CHECK(name_of(g[1]) == "GatherBackward0");
}

TEST_CASE("scatter reads a 0-dim self or index as one of size 1, and checks nothing for an empty index") {
  CHECK(values(scatter_add(zeros({}, DType::Float32), 0, longs({0, 0}), vec({1, 2}))) == std::vector<double>{3});
  CHECK(values(scatter(zeros({3}, DType::Float32), 0, longs({1}, {}), make({5}, {}), true)) == std::vector<double>{0, 5, 0});
  CHECK(values(scatter(zeros({}, DType::Float32), -1, longs({0}), vec({5, 6}), true)) == std::vector<double>{5});
  CHECK_THROWS_WITH(scatter(zeros({}, DType::Float32), 0, longs({1}), vec({5, 6}), true),
                    "index 1 is out of bounds for dimension 0 with size 1");
  CHECK(values(scatter(zeros({2}, DType::Float32), 0, longs({}, {0, 5}), vec({5}), true)) == std::vector<double>{0, 0});
  CHECK(values(scatter(zeros({2}, DType::Float32), 0, make({}, {0}), num(2), false)) == std::vector<double>{0, 0});
}

TEST_CASE("a src larger than scatter's index gets no padded gradient: PyTorch's autograd refuses it") {
  Tensor src = make({1, 2, 3, 4}, {2, 2}, DType::Float64, true);
  Tensor index = longs({1, 0}, {1, 2});
  Tensor seed = ones({2, 2}, DType::Float64);
  CHECK_THROWS_WITH(backward({scatter(zeros({2, 2}, DType::Float64), 0, index, src, true)}, {seed}, false),
                    "Function ScatterBackward0 returned an invalid gradient at index 1 - got [1, 2] but expected "
                    "shape compatible with [2, 2]");
  CHECK_THROWS_WITH(backward({scatter_add(zeros({2, 2}, DType::Float64), 0, index, src)}, {seed}, false),
                    "Function ScatterAddBackward0 returned an invalid gradient at index 1 - got [1, 2] but expected "
                    "shape compatible with [2, 2]");
  // An empty index and a src that broadcasts to it: src's gradient is summed down, to zeros.
  Tensor one = make({5}, {1, 1}, DType::Float64, true);
  backward({scatter_add(zeros({1, 1}, DType::Float64), 1, longs({}, {1, 0}), one)}, {ones({1, 1}, DType::Float64)}, false);
  CHECK(values(grad_of(one)) == std::vector<double>{0});
}
