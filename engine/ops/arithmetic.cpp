// + - * / neg pow: forward kernels and backward formulas, side by side.
//
// Shapes: a: [..A], b: [..B], out: broadcast(A, B). A gradient flowing back to an operand
// is summed over the dims it was broadcast along (reduce_grad), and cast to its dtype.
#include <cmath>

#include "autograd/record.h"
#include "ops/elementwise.h"
#include "ops/type_promotion.h"

namespace gb {

namespace {

struct Operand {
  Shape shape;
  DType dtype;
  explicit Operand(const Tensor& t) : shape(t.shape()), dtype(t.dtype()) {}
};

Tensor reduce_grad(const Tensor& g, const Operand& to) {
  Tensor r = g.shape() == to.shape ? g : sum_to(g, to.shape);
  return r.dtype() == to.dtype ? r : to_dtype(r, to.dtype);
}

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

// The in-place form shares all checks: the result must fit self's dtype and shape.
template <class F>
void write_inplace(const Tensor& self, const Tensor& other, DType compute, F f) {
  if (!is_floating(self.dtype()) && is_floating(compute))
    fail("result type ", scalar_type_name(compute), " can't be cast to the desired output type ",
         scalar_type_name(self.dtype()));
  Shape shape = broadcast_shapes(self.shape(), other.shape());
  if (shape != self.shape())
    fail("output with shape ", shape_str(self.shape()), " doesn't match the broadcast shape ", shape_str(shape));
  check_inplace(self);
  binary_into(self, self, other, compute, f);
  bump_version(self);
}

const auto kAdd = [](auto x, auto y) { return x + y; };
const auto kSub = [](auto x, auto y) { return x - y; };
const auto kMul = [](auto x, auto y) { return x * y; };
const auto kDiv = [](auto x, auto y) { return x / y; };

Grads add_backward(const BackwardContext& c, const Operand& a, const Operand& b) {
  return {c.needs(0) ? reduce_grad(c.grad(), a) : Tensor{}, c.needs(1) ? reduce_grad(c.grad(), b) : Tensor{}};
}
Grads sub_backward(const BackwardContext& c, const Operand& a, const Operand& b) {
  return {c.needs(0) ? reduce_grad(c.grad(), a) : Tensor{}, c.needs(1) ? reduce_grad(neg(c.grad()), b) : Tensor{}};
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

}  // namespace

Tensor add(const Tensor& a, const Tensor& b) {
  DType t = result_type(a, b);
  Tensor out = binary_map(a, b, t, t, kAdd);
  if (needs_grad(a, b)) record_binary("AddBackward0", out, a, b, add_backward);
  return out;
}

Tensor sub(const Tensor& a, const Tensor& b) {
  check_not_bool_sub(a, b);
  DType t = result_type(a, b);
  Tensor out = binary_map(a, b, t, t, kSub);
  if (needs_grad(a, b)) record_binary("SubBackward0", out, a, b, sub_backward);
  return out;
}

Tensor rsub(const Tensor& a, const Tensor& b) {
  check_not_bool_sub(a, b);
  DType t = result_type(a, b);
  Tensor out = binary_map(b, a, t, t, kSub);
  if (needs_grad(a, b))
    record_binary("RsubBackward1", out, a, b, [](const BackwardContext& c, const Operand& oa, const Operand& ob) {
      return Grads{c.needs(0) ? reduce_grad(neg(c.grad()), oa) : Tensor{}, c.needs(1) ? reduce_grad(c.grad(), ob) : Tensor{}};
    });
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

Tensor neg(const Tensor& a) {
  if (a.dtype() == DType::Bool)
    fail("Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use "
         "the `~` or `logical_not()` operator instead.");
  Tensor out = unary_map(a, a.dtype(), a.dtype(), [](auto x) { return -x; });
  if (needs_grad(a)) record("NegBackward0", out, {a}, {}, [](const BackwardContext& c) { return Grads{neg(c.grad())}; });
  return out;
}

// 1/x; d/dx = -1/x² = -out². Saved: out.
Tensor reciprocal(const Tensor& a) {
  DType t = is_floating(a.dtype()) ? a.dtype() : default_dtype();
  Tensor out = unary_map(a, t, t, [](auto x) { return decltype(x)(1) / x; });
  if (needs_grad(a))
    record("ReciprocalBackward0", out, {a}, {out}, [](const BackwardContext& c) {
      return Grads{mul(c.grad(), neg(mul(c.saved(0), c.saved(0))))};
    });
  return out;
}

// x ** p for a number p. Like PyTorch, p = 2 and 3 multiply (exact), other powers go
// through double precision; d/dx x^p = p·x^(p-1). Saved: x.
Tensor pow(const Tensor& base, double exponent) {
  bool integral_exponent = exponent == std::floor(exponent);
  DType t = result_type(base, wrapped_scalar(exponent, integral_exponent ? DType::Int64 : DType::Float64));
  Tensor out;
  if (exponent == 1.0) {
    out = as_dtype(base, t);
    out = out.is_same(base) ? contiguous_copy(base) : out;
  } else {
    out = unary_map(base, t, t, [exponent](auto x) {
      using T = decltype(x);
      if (exponent == 2.0) return T(x * x);
      if (exponent == 3.0) return T(x * x * x);
      return T(std::pow(double(x), exponent));
    });
  }
  if (needs_grad(base)) {
    record("PowBackward0", out, {base}, {base}, [exponent](const BackwardContext& c) {
      if (exponent == 0.0) return Grads{zeros_like(c.grad())};
      Tensor d = mul(pow(c.saved(0), exponent - 1.0), wrapped_scalar(exponent, DType::Float64));
      return Grads{mul(c.grad(), d)};
    });
    out.grad_fn()->save_number("exponent", exponent);
  }
  return out;
}

Tensor add_(const Tensor& self, const Tensor& other) {
  write_inplace(self, other, result_type(self, other), kAdd);
  if (needs_grad(self, other)) record_binary("AddBackward0", self, self, other, add_backward);
  return self;
}

Tensor sub_(const Tensor& self, const Tensor& other) {
  check_not_bool_sub(self, other);
  write_inplace(self, other, result_type(self, other), kSub);
  if (needs_grad(self, other)) record_binary("SubBackward0", self, self, other, sub_backward);
  return self;
}

Tensor mul_(const Tensor& self, const Tensor& other) {
  // The formula needs self's value from before the write.
  Tensor before = needs_grad(self, other) ? contiguous_copy(self) : Tensor{};
  write_inplace(self, other, result_type(self, other), kMul);
  if (before.defined()) record_binary("MulBackward0", self, self, other, mul_backward, {before, other});
  return self;
}

Tensor div_(const Tensor& self, const Tensor& other) {
  Tensor before = needs_grad(self, other) ? contiguous_copy(self) : Tensor{};
  write_inplace(self, other, division_type(self, other), kDiv);
  if (before.defined()) record_binary("DivBackward0", self, self, other, div_backward, {before, other});
  return self;
}

}  // namespace gb
