// floor_divide (//), remainder (%) and fmod: divisions that round, forward and backward.
//
// Shapes: a and b broadcast; gradients are summed back to each operand's shape. The result
// keeps the promoted dtype (int // int is int). d(a % b)/da = 1 and d(a % b)/db = -⌊a/b⌋
// (trunc for fmod); floor_divide has no derivative in PyTorch, so its node raises on backward.
#include "autograd/record.h"
#include "ops/elementwise.h"
#include "ops/rounding.h"
#include "ops/type_promotion.h"

namespace gb {

namespace {

const auto kFloorDivide = [](auto x, auto y) { return rounding::div_floor(x, y); };
const auto kRemainder = [](auto x, auto y) { return rounding::mod_floor(x, y); };
const auto kFmod = [](auto x, auto y) { return rounding::mod_trunc(x, y); };

// PyTorch's placeholder node for ops without a derivative: it exists, so the result shows
// grad_fn=<NotImplemented>, but running it fails.
void record_not_implemented(const char* op, const Tensor& out, const Tensor& a, const Tensor& b) {
  record("NotImplemented", out, {a, b}, {}, [op](const BackwardContext&) -> Grads {
    fail("derivative for aten::", op, " is not implemented");
  });
}

// remainder and fmod: with a Python number for b, only a gets a gradient (…Backward0).
// `a_value` is a's value before the op (a itself, or a copy for the in-place form).
void record_modulo(const char* name0, const char* name1, RoundingMode rounding, const Tensor& out, const Tensor& a,
                   const Tensor& a_value, const Tensor& b) {
  if (b.impl()->wrapped_number) {
    record(name0, out, {a}, {}, [](const BackwardContext& c) { return Grads{c.grad()}; });
    return;
  }
  record(name1, out, {a, b}, {a_value, b}, [rounding, oa = Operand(a), ob = Operand(b)](const BackwardContext& c) {
    return Grads{c.needs(0) ? reduce_grad(c.grad(), oa) : Tensor{},
                 c.needs(1) ? reduce_grad(mul(neg(c.grad()), div(c.saved(0), c.saved(1), rounding)), ob) : Tensor{}};
  });
}

// The dtype a rounding division computes in; bools have no such kernel in PyTorch.
DType rounding_type(const char* kernel, const Tensor& a, const Tensor& b) {
  DType t = result_type(a, b);
  if (t == DType::Bool) fail('"', kernel, "\" not implemented for 'Bool'");
  return t;
}

template <class F>
Tensor rounded(const char* kernel, const Tensor& a, const Tensor& b, F f) {
  DType t = rounding_type(kernel, a, b);
  return binary_map(a, b, t, t, f);
}

template <class F>
void rounded_inplace(const char* kernel, const Tensor& self, const Tensor& other, F f) {
  write_inplace(self, other, rounding_type(kernel, self, other), f);
}

}  // namespace

Tensor floor_divide(const Tensor& a, const Tensor& b) {
  Tensor out = rounded("div_floor_cpu", a, b, kFloorDivide);
  if (needs_grad(a, b)) record_not_implemented("floor_divide", out, a, b);
  return out;
}

Tensor remainder(const Tensor& a, const Tensor& b) {
  Tensor out = rounded("remainder_cpu", a, b, kRemainder);
  if (!needs_grad(a, b)) return out;
  if (a.impl()->wrapped_number) record_not_implemented("remainder", out, a, b);
  else record_modulo("RemainderBackward0", "RemainderBackward1", RoundingMode::Floor, out, a, a, b);
  return out;
}

Tensor fmod(const Tensor& a, const Tensor& b) {
  Tensor out = rounded("fmod_cpu", a, b, kFmod);
  if (needs_grad(a, b)) record_modulo("FmodBackward0", "FmodBackward1", RoundingMode::Trunc, out, a, a, b);
  return out;
}

Tensor floor_divide_(const Tensor& self, const Tensor& other) {
  bool grad = needs_grad(self, other);
  rounded_inplace("div_floor_cpu", self, other, kFloorDivide);
  if (grad) record_not_implemented("floor_divide", self, self, other);
  return self;
}

Tensor remainder_(const Tensor& self, const Tensor& other) {
  bool grad = needs_grad(self, other);
  Tensor before = grad && !other.impl()->wrapped_number ? contiguous_copy(self) : Tensor{};
  rounded_inplace("remainder_cpu", self, other, kRemainder);
  if (grad)
    record_modulo("RemainderBackward0", "RemainderBackward1", RoundingMode::Floor, self, self,
                  before.defined() ? before : self, other);
  return self;
}

}  // namespace gb
