// The table of elementwise functions of two operands (ops/binary.cpp), addressed by name as
// the bindings address it.
#include "helpers.h"
#include "ops/binary.h"

using namespace gb;
using namespace gb::test;

TEST_CASE("every row has its own name, and a code that finds it again") {
  for (int32_t code = 0; code < binary_count(); ++code) CHECK(binary_code(binary_name(code)) == code);
  CHECK_THROWS_WITH(binary_code("atan2"), "no binary op named atan2");
  CHECK_THROWS_WITH(binary(-1, vec({1}), vec({1})), "invalid binary op code -1");
}

TEST_CASE("an op without an in-place form refuses one") {
  CHECK_FALSE(binary_has_inplace(binary_code("eq")));
  CHECK_THROWS_WITH(binary_(binary_code("eq"), vec({1}), vec({1})), "eq_ is not supported yet");
}
