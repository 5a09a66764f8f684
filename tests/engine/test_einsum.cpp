// einsum: explicit and implicit outputs, ellipsis, repeated labels.
#include "helpers.h"

using namespace gb;
using namespace gb::test;

TEST_CASE("einsum matches the products it spells") {
  Tensor a = iota({2, 3}), b = iota({3, 4});
  CHECK(values(einsum("ij,jk->ik", {a, b})) == values(mm(a, b)));
  CHECK(values(einsum("ij,jk", {a, b})) == values(mm(a, b)));
  CHECK(values(einsum("ij->ji", {a})) == values(t(a)));
  CHECK(values(einsum("ij->", {a})) == std::vector<double>{15});
  CHECK(values(einsum("i,j->ij", {vec({1, 2}), vec({3, 4, 5})})) == values(outer(vec({1, 2}), vec({3, 4, 5}))));
  CHECK(values(einsum("ii", {iota({3, 3})})) == std::vector<double>{12});
  CHECK(values(einsum("ii->i", {iota({3, 3})})) == std::vector<double>{0, 4, 8});
  Tensor x = iota({2, 2, 3}), y = iota({2, 3, 2});
  CHECK(values(einsum("bij,bjk->bik", {x, y})) == values(bmm(x, y)));
  CHECK(values(einsum("...ij,...jk", {x, y})) == values(bmm(x, y)));
  CHECK(einsum("ba", {a}).shape() == Shape{3, 2});  // implicit output: alphabetical
}

TEST_CASE("einsum's gradients come from the ops it is built of") {
  check_gradients([](const auto& in) { return einsum("ij,jk->ik", {in[0], in[1]}); },
                  {f64({1, 2, 3, 4, 5, 6}, {2, 3}), f64({1, -1, 2, 0.5, 3, 1}, {3, 2})});
  check_gradients([](const auto& in) { return einsum("ii->", {in[0]}); }, {f64({1, 2, 3, 4}, {2, 2})});
  Tensor a = vec({1, 2}, true);
  CHECK(name_of(einsum("i,i->", {a, a})) == "ViewBackward0");
  CHECK(name_of(einsum("i,j->ij", {a, a})) == "MulBackward0");
  CHECK(name_of(einsum("i->", {a})) == "SumBackward1");
}

TEST_CASE("einsum reports malformed equations with PyTorch's messages") {
  Tensor a = iota({2, 3});
  CHECK_THROWS_WITH(einsum("ii", {a}), "einsum(): subscript i is repeated for operand 0 but the sizes don't match, 3 != 2");
  CHECK_THROWS_WITH(einsum("ij,j", {a, vec({1, 2})}),
                    "einsum(): subscript j has size 2 for operand 1 which does not broadcast with previously seen size 3");
  CHECK_THROWS_WITH(einsum("ij->k", {a}), "einsum(): output subscript k does not appear in the equation for any input operand");
  CHECK_THROWS_WITH(einsum("i,i,i", {vec({1}), vec({1})}),
                    "einsum(): fewer operands were provided than specified in the equation");
  CHECK_THROWS_WITH(einsum("i", {vec({1}), vec({1})}), "einsum(): more operands were provided than specified in the equation");
  CHECK_THROWS_WITH(einsum("ijk", {a}),
                    "einsum(): the number of subscripts in the equation (3) does not match the number of dimensions (2) "
                    "for operand 0 and no ellipsis was given");
}
