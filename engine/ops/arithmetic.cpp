// + - * /: forward kernels and backward formulas, side by side.
//
// Shapes: a: [..A], b: [..B], out: broadcast(A, B). A gradient flowing back to an operand
// is summed over the dims it was broadcast along (reduce_grad), and cast to its dtype.
#include <type_traits>

#include "autograd/record.h"
#include "kernels/fused_multiply_add.h"
#include "ops/elementwise.h"
#include "ops/rounding.h"
#include "ops/type_promotion.h"

namespace gb {

namespace {

void check_not_bool_sub(const Tensor& a, const Tensor& b) {
  if (a.dtype() == DType::Bool && b.dtype() == DType::Bool)
    fail("Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` "
         "operator instead.");
  if (a.dtype() == DType::Bool || b.dtype() == DType::Bool)
    fail("Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, "
         "use the `~` or `logical_not()` operator instead.");
}

// Dtype of a true division: integers divide into the default float dtype.
DType division_type(const Tensor& a, const Tensor& b) {
  DType t = result_type(a, b);
  return is_floating(t) ? t : default_dtype();
}

// alpha scales the second operand (torch.add(a, b, alpha=2) = a + 2·b). An integer result
// takes only an integral alpha, a bool result only a bool one.
void check_alpha(DType t, double alpha, bool alpha_is_float) {
  if (!is_floating(t) && alpha_is_float)
    fail("For integral input tensors, argument alpha must not be a floating point number.");
  if (t == DType::Bool && alpha != 0 && alpha != 1) fail("Boolean alpha only supported for Boolean results.");
}

// x + α·y. PyTorch's CPU kernel computes it as one fused multiply-add (an explicit one in its
// vector body, a contracted one in its scalar tail), so a float result rounds once. sub is
// the same kernel with -α.
auto plus_scaled(double alpha) {
  return [alpha](auto x, auto y) {
    using T = decltype(y);
    if constexpr (std::is_floating_point_v<T>) return fused_multiply_add(T(alpha), y, x);
    else return x + T(alpha) * y;
  };
}

const auto kAdd = [](auto x, auto y) { return x + y; };
const auto kSub = [](auto x, auto y) { return x - y; };
const auto kMul = [](auto x, auto y) { return x * y; };
const auto kDiv = [](auto x, auto y) { return x / y; };

// add: d(a + α·b)/da = 1, d/db = α; sub likewise with -α.
Tensor times(const Tensor& g, double alpha) { return alpha == 1 ? g : mul(g, wrapped_scalar(alpha, DType::Float64)); }
auto add_backward(double alpha) {
  return [alpha](const BackwardContext& c, const Operand& a, const Operand& b) {
    return Grads{c.needs(0) ? reduce_grad(c.grad(), a) : Tensor{},
                 c.needs(1) ? reduce_grad(times(c.grad(), alpha), b) : Tensor{}};
  };
}
auto sub_backward(double alpha) {
  return [alpha](const BackwardContext& c, const Operand& a, const Operand& b) {
    return Grads{c.needs(0) ? reduce_grad(c.grad(), a) : Tensor{},
                 c.needs(1) ? reduce_grad(times(neg(c.grad()), alpha), b) : Tensor{}};
  };
}
// mul: d(a*b)/da = b, d(a*b)/db = a. Saved: a, b.
Grads mul_backward(const BackwardContext& c, const Operand& a, const Operand& b) {
  return {c.needs(0) ? reduce_grad(mul(c.grad(), c.saved(1)), a) : Tensor{},
          c.needs(1) ? reduce_grad(mul(c.grad(), c.saved(0)), b) : Tensor{}};
}
// div: d(a/b)/da = 1/b, d(a/b)/db = -a/b². Saved: a, b.
Grads div_backward(const BackwardContext& c, const Operand& a, const Operand& b) {
  const Tensor& x = c.saved(0);
  const Tensor& y = c.saved(1);
  return {c.needs(0) ? reduce_grad(div(c.grad(), y), a) : Tensor{},
          c.needs(1) ? reduce_grad(mul(neg(c.grad()), div(div(x, y), y)), b) : Tensor{}};
}

// Records a binary op on a and b; `saved` lists what the formula reads as ctx.saved(0), (1).
template <class Backward>
void record_binary(const char* name, const Tensor& out, const Tensor& a, const Tensor& b, Backward bw,
                   std::initializer_list<Tensor> saved = {}) {
  record(name, out, {a, b}, saved,
         [bw, oa = Operand(a), ob = Operand(b)](const BackwardContext& c) { return bw(c, oa, ob); });
}

// add/sub: an alpha other than 1 shows as grad_fn._saved_alpha (1 is the default readers assume).
template <class Backward>
void record_scaled(const char* name, const Tensor& out, const Tensor& a, const Tensor& b, Backward bw, double alpha) {
  record_binary(name, out, a, b, bw);
  if (alpha != 1) out.grad_fn()->save_number("alpha", alpha);
}

}  // namespace

Tensor add(const Tensor& a, const Tensor& b, double alpha, bool alpha_is_float) {
  DType t = result_type(a, b);
  check_alpha(t, alpha, alpha_is_float);
  Tensor out = alpha == 1 ? binary_map(a, b, t, t, kAdd) : binary_map(a, b, t, t, plus_scaled(alpha));
  if (needs_grad(a, b)) record_scaled("AddBackward0", out, a, b, add_backward(alpha), alpha);
  return out;
}

Tensor sub(const Tensor& a, const Tensor& b, double alpha, bool alpha_is_float) {
  check_not_bool_sub(a, b);
  DType t = result_type(a, b);
  check_alpha(t, alpha, alpha_is_float);
  Tensor out = alpha == 1 ? binary_map(a, b, t, t, kSub) : binary_map(a, b, t, t, plus_scaled(-alpha));
  if (needs_grad(a, b)) record_scaled("SubBackward0", out, a, b, sub_backward(alpha), alpha);
  return out;
}

// rsub(a, b) = b - α·a, one fused rounding as sub's. PyTorch names the node RsubBackward1 when
// b is a Python number (`1 - x`), RsubBackward0 when it is a tensor.
Tensor rsub(const Tensor& a, const Tensor& b, double alpha, bool alpha_is_float) {
  check_not_bool_sub(a, b);
  DType t = result_type(a, b);
  check_alpha(t, alpha, alpha_is_float);
  Tensor out = alpha == 1 ? binary_map(b, a, t, t, kSub) : binary_map(b, a, t, t, plus_scaled(-alpha));
  if (needs_grad(a, b))
    record_scaled(b.impl()->wrapped_number ? "RsubBackward1" : "RsubBackward0", out, a, b,
                  [alpha](const BackwardContext& c, const Operand& oa, const Operand& ob) {
                    return Grads{c.needs(0) ? reduce_grad(times(neg(c.grad()), alpha), oa) : Tensor{},
                                 c.needs(1) ? reduce_grad(c.grad(), ob) : Tensor{}};
                  },
                  alpha);
  return out;
}

Tensor mul(const Tensor& a, const Tensor& b) {
  DType t = result_type(a, b);
  Tensor out = binary_map(a, b, t, t, kMul);
  if (needs_grad(a, b)) record_binary("MulBackward0", out, a, b, mul_backward, {a, b});
  return out;
}

Tensor div(const Tensor& a, const Tensor& b) {
  DType t = division_type(a, b);
  Tensor out = binary_map(a, b, t, t, kDiv);
  if (needs_grad(a, b)) record_binary("DivBackward0", out, a, b, div_backward, {a, b});
  return out;
}

// torch.div(a, b, rounding_mode=...): a rounded quotient keeps the promoted dtype and has a
// zero derivative; rounding_mode=None is true division under another node name.
Tensor div(const Tensor& a, const Tensor& b, RoundingMode mode) {
  Tensor out;
  if (mode == RoundingMode::None) {
    DType t = division_type(a, b);
    out = binary_map(a, b, t, t, kDiv);
    if (needs_grad(a, b)) record_binary("DivBackward2", out, a, b, div_backward, {a, b});
    return out;
  }
  DType t = result_type(a, b);
  if (t == DType::Bool)
    fail(mode == RoundingMode::Floor ? "\"div_floor_cpu\"" : "\"div_trunc_cpu\"", " not implemented for 'Bool'");
  if (mode == RoundingMode::Floor)
    out = binary_map(a, b, t, t, [](auto x, auto y) { return rounding::div_floor(x, y); });
  else
    out = binary_map(a, b, t, t, [](auto x, auto y) { return rounding::div_trunc(x, y); });
  if (needs_grad(a, b))
    record_binary("DivBackward2", out, a, b, [](const BackwardContext& c, const Operand& oa, const Operand& ob) {
      Tensor zero = mul(c.grad(), wrapped_scalar(0, DType::Int64));
      return Grads{c.needs(0) ? reduce_grad(zero, oa) : Tensor{}, c.needs(1) ? reduce_grad(zero, ob) : Tensor{}};
    });
  return out;
}

// self += α·other and self -= α·other are recorded before the write, as PyTorch records them:
// when other is a view of self, its edge is taken from its history before the write (which
// it renews from self's new history later), not from a history renewed too early.
Tensor add_(const Tensor& self, const Tensor& other, double alpha, bool alpha_is_float) {
  DType t = result_type(self, other);
  check_alpha(t, alpha, alpha_is_float);
  if (needs_grad(self, other)) {
    check_write_inplace(self, other, t);
    record_scaled("AddBackward0", self, self, other, add_backward(alpha), alpha);
  }
  if (alpha == 1) write_inplace(self, other, t, kAdd);
  else write_inplace(self, other, t, plus_scaled(alpha));
  return self;
}

Tensor sub_(const Tensor& self, const Tensor& other, double alpha, bool alpha_is_float) {
  check_not_bool_sub(self, other);
  DType t = result_type(self, other);
  check_alpha(t, alpha, alpha_is_float);
  if (needs_grad(self, other)) {
    check_write_inplace(self, other, t);
    record_scaled("SubBackward0", self, self, other, sub_backward(alpha), alpha);
  }
  if (alpha == 1) write_inplace(self, other, t, kSub);
  else write_inplace(self, other, t, plus_scaled(-alpha));
  return self;
}

// self *= other and self /= other. The formula needs self's value from before the write (a
// copy) and other's, which is saved before the write as PyTorch saves it: when other is self
// or a view of it, backward finds it overwritten and refuses, as PyTorch's does.
template <class Backward, class F>
Tensor write_saving_operands(const char* name, const Tensor& self, const Tensor& other, DType compute, Backward bw,
                             F f) {
  if (needs_grad(self, other)) {
    check_write_inplace(self, other, compute);
    record_binary(name, self, self, other, bw, {contiguous_copy(self), other});
  }
  write_inplace(self, other, compute, f);
  return self;
}

Tensor mul_(const Tensor& self, const Tensor& other) {
  return write_saving_operands("MulBackward0", self, other, result_type(self, other), mul_backward, kMul);
}

Tensor div_(const Tensor& self, const Tensor& other) {
  return write_saving_operands("DivBackward0", self, other, division_type(self, other), div_backward, kDiv);
}

}  // namespace gb
