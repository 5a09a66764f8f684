// Pointwise functions of three tensors: addcmul, addcdiv and lerp, one table row each, with
// the dtype rule, the forward kernel, the derivative for each operand and the saved operands.
// ternary() and ternary_() (in place) run every row.
//
// Shapes: self, a and b broadcast together into the result; a gradient flowing back to an
// operand is summed over the dims it was broadcast along and cast to its dtype.
// Values: PyTorch's CPU kernels are built with FMA, and the compiler fuses addcmul's and
// lerp's multiply-add into one rounding; kernels/fused_multiply_add.h gives the same bits.
#include <array>
#include <cmath>
#include <type_traits>

#include "kernels/fused_multiply_add.h"
#include "ops/elementwise.h"

namespace gb {

namespace {

// Which operands a row's derivatives read (only those are saved).
enum Reads : uint8_t { kSelf = 1, kA = 2, kB = 4 };

// A derivative's view: the incoming gradient, the saved operands (undefined where not saved)
// and the row's number (addcmul's value; lerp's weight when it is a Python number).
struct TernarySaved {
  const Tensor& grad;
  const Tensor& self;
  const Tensor& a;
  const Tensor& b;
  double number;
};

using Kernel = void (*)(const Tensor& out, const Tensor& self, const Tensor& a, const Tensor& b, double number);
using Derivative = Tensor (*)(const TernarySaved&);

struct TernaryDef {
  const char* name;           // torch.<name>
  const char* backward_name;  // the grad_fn class name
  const char* number_backward_name;  // ... when b is a Python number (lerp's Scalar overload)
  const char* kernel_name;    // `"<kernel_name>" not implemented for 'Long'`
  bool floating_only;         // lerp: one floating dtype for all operands; else promoted
  Kernel kernel;
  Derivative d_self, d_a, d_b;
  uint8_t reads;
};

Tensor number(double v) { return wrapped_scalar(v, DType::Float64); }

// out = f(self, a, b, number) in out's dtype, every operand broadcast and strided.
template <class F>
void ternary_kernel_for(const Tensor& out, const Tensor& self, const Tensor& a, const Tensor& b, double number) {
  const DType t = out.dtype();
  Tensor s = as_dtype(self, t), x = as_dtype(a, t), y = as_dtype(b, t);
  const Shape& shape = out.shape();
  dispatch(t, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_same_v<T, bool>) {
      fail("no bool kernel");  // rejected before: every row refuses bool
    } else {
      const T n = T(number);
      ternary_kernel(out.data<T>(), shape, out.strides(), s.data<T>(), broadcast_strides(s.shape(), s.strides(), shape),
                     x.data<T>(), broadcast_strides(x.shape(), x.strides(), shape), y.data<T>(),
                     broadcast_strides(y.shape(), y.strides(), shape),
                     [n](T sv, T av, T bv) { return F{}(sv, av, bv, n); });
    }
  });
}

// self + value·a·b; integers take value truncated, as PyTorch converts it to the dtype.
struct Addcmul {
  template <class T>
  T operator()(T s, T a, T b, T value) const {
    if constexpr (std::is_floating_point_v<T>) return fused_multiply_add(value * a, b, s);
    else return T(s + value * a * b);
  }
};

// self + value·a/b (floating only: integer quotients are refused before).
struct Addcdiv {
  template <class T>
  T operator()(T s, T a, T b, T value) const {
    return T(s + value * a / b);
  }
};

// self + w·(end − self) for |w| small, end − (end − self)·(1 − w) otherwise, so that w = 1
// gives end exactly; PyTorch 1.13 tests w < 0.5 (a negative w takes the first form).
struct Lerp {
  template <class T>
  T operator()(T s, T end, T w, T) const {
    if constexpr (std::is_floating_point_v<T>) {
      const T diff = end - s;
      return w < T(0.5) ? fused_multiply_add(w, diff, s) : fused_multiply_add(-diff, T(1) - w, end);
    } else {
      return s;  // never called: lerp refuses integers before
    }
  }
};

const std::array<TernaryDef, size_t(Ternary::Count)> kTernary{{
    // addcmul: d/dself = grad, d/da = grad·(b·value), d/db = grad·(a·value)
    {.name = "addcmul", .backward_name = "AddcmulBackward0", .number_backward_name = nullptr,
     .kernel_name = "addcmul_cpu_out", .floating_only = false, .kernel = ternary_kernel_for<Addcmul>,
     .d_self = [](const TernarySaved& s) { return s.grad; },
     .d_a = [](const TernarySaved& s) { return mul(s.grad, mul(s.b, number(s.number))); },
     .d_b = [](const TernarySaved& s) { return mul(s.grad, mul(s.a, number(s.number))); },
     .reads = kA | kB},
    // addcdiv: d/da = grad·(value/b), d/db = −grad·(value·a/(b·b))
    {.name = "addcdiv", .backward_name = "AddcdivBackward0", .number_backward_name = nullptr,
     .kernel_name = "addcdiv_cpu_out", .floating_only = false, .kernel = ternary_kernel_for<Addcdiv>,
     .d_self = [](const TernarySaved& s) { return s.grad; },
     .d_a = [](const TernarySaved& s) { return mul(s.grad, div(number(s.number), s.b)); },
     .d_b = [](const TernarySaved& s) { return mul(neg(s.grad), div(mul(number(s.number), s.a), mul(s.b, s.b))); },
     .reads = kA | kB},
    // lerp(self, end, weight): d/dself = grad·(1 − weight), d/dend = grad·weight,
    // d/dweight = grad·(end − self); a number weight's (1 − weight) is taken in double.
    {.name = "lerp", .backward_name = "LerpBackward1", .number_backward_name = "LerpBackward0",
     .kernel_name = "lerp_kernel_tensor", .floating_only = true, .kernel = ternary_kernel_for<Lerp>,
     .d_self = [](const TernarySaved& s) {
       return s.b.defined() ? mul(s.grad, rsub(s.b, number(1))) : mul(s.grad, number(1 - s.number));
     },
     .d_a = [](const TernarySaved& s) { return mul(s.grad, s.b.defined() ? s.b : number(s.number)); },
     .d_b = [](const TernarySaved& s) { return mul(s.grad, sub(s.a, s.self)); },
     .reads = kSelf | kA | kB},
}};

const TernaryDef& row(Ternary op) {
  if (op >= Ternary::Count) fail("no pointwise ternary op with code ", int(op));
  return kTernary[size_t(op)];
}

// The dtype the row computes in, after PyTorch's checks in its order.
DType compute_dtype(const TernaryDef& d, const Tensor& self, const Tensor& a, const Tensor& b, bool number_b) {
  if (d.floating_only) {
    if (a.dtype() != self.dtype())
      fail("expected dtype ", cpp_type_name(self.dtype()), " for `end` but got dtype ", cpp_type_name(a.dtype()));
    if (!number_b && b.dtype() != self.dtype())
      fail("expected dtype ", cpp_type_name(self.dtype()), " for `weight` but got dtype ", cpp_type_name(b.dtype()));
    if (!is_floating(self.dtype()))
      fail("\"", number_b ? "lerp_kernel_scalar" : d.kernel_name, "\" not implemented for '",
           scalar_type_name(self.dtype()), "'");
    return self.dtype();
  }
  if (d.kernel == ternary_kernel_for<Addcdiv> && !is_floating(a.dtype()) && !is_floating(b.dtype()))
    fail("Integer division with addcdiv is no longer supported, and in a future  release addcdiv will perform a "
         "true division of tensor1 and tensor2. The historic addcdiv behavior can be implemented as (input + value "
         "* torch.trunc(tensor1 / tensor2)).to(input.dtype) for integer inputs and as (input + value * tensor1 / "
         "tensor2) for float inputs. The future addcdiv behavior is just the latter implementation: (input + value "
         "* tensor1 / tensor2), for all dtypes.");
  DType t = result_type({self, a, b});
  if (t == DType::Bool) fail("\"", d.kernel_name, "\" not implemented for 'Bool'");
  return t;
}

Shape result_shape(const Tensor& self, const Tensor& a, const Tensor& b) {
  return broadcast_shapes(broadcast_shapes(self.shape(), a.shape()), b.shape());
}

// The number a row's derivative reads: lerp's number weight, else value.
double number_of(const Tensor& b, bool number_b, double value) { return number_b ? value_as<double>(b) : value; }

// Records the row's node on out. `self_saved` is self's value before an in-place write.
void record_ternary(const TernaryDef& d, const Tensor& out, const Tensor& self, const Tensor& self_saved,
                    const Tensor& a, const Tensor& b, bool number_b, double value) {
  const bool save_self = d.reads & kSelf, save_a = d.reads & kA, save_b = (d.reads & kB) && !number_b;
  auto fn = [&d, os = Operand(self), oa = Operand(a), ob = Operand(b),
             n = number_of(b, number_b, value)](const BackwardContext& c) {
    TernarySaved saved{c.grad(), c.saved(0), c.saved(1), c.saved(2), n};
    Grads grads{c.needs(0) ? reduce_grad(d.d_self(saved), os) : Tensor{},
                c.needs(1) ? reduce_grad(d.d_a(saved), oa) : Tensor{}};
    if (c.num_inputs() > 2) grads.push_back(c.needs(2) ? reduce_grad(d.d_b(saved), ob) : Tensor{});
    return grads;
  };
  const char* name = number_b ? d.number_backward_name : d.backward_name;
  Tensor s = save_self ? self_saved : Tensor{}, x = save_a ? a : Tensor{}, y = save_b ? b : Tensor{};
  if (number_b) record(name, out, {self, a}, {s, x, y}, fn);
  else record(name, out, {self, a, b}, {s, x, y}, fn);
}

bool is_number(const Tensor& t) { return t.impl()->wrapped_number; }

}  // namespace

std::string_view ternary_name(Ternary op) { return row(op).name; }

Tensor ternary(Ternary op, const Tensor& self, const Tensor& a, const Tensor& b, double value) {
  const TernaryDef& d = row(op);
  const bool number_b = is_number(b);
  Tensor out = empty(result_shape(self, a, b), compute_dtype(d, self, a, b, number_b));
  d.kernel(out, self, a, b, value);
  if (needs_grad(self, a, b)) record_ternary(d, out, self, self, a, b, number_b, value);
  return out;
}

// self = op(self, a, b): the result must keep self's shape and fit its dtype. Self's value is
// saved (copied) before the write when a derivative reads it.
Tensor ternary_(Ternary op, const Tensor& self, const Tensor& a, const Tensor& b, double value) {
  const TernaryDef& d = row(op);
  const bool number_b = is_number(b);
  const bool grad = needs_grad(self, a, b);
  check_inplace(self, a, b);
  check_no_internal_overlap(self);
  check_no_partial_overlap(self, a);
  check_no_partial_overlap(self, b);
  DType t = compute_dtype(d, self, a, b, number_b);
  check_can_cast(t, self.dtype());
  Shape shape = result_shape(self, a, b);
  if (shape != self.shape())
    fail("output with shape ", shape_str(self.shape()), " doesn't match the broadcast shape ", shape_str(shape));
  Tensor before = grad && (d.reads & kSelf) ? clone(self) : self;  // recorded: self's old history
  if (t == self.dtype()) {
    d.kernel(self, self, a, b, value);
  } else {  // an int64 self with a float operand, say, computed in the promoted dtype first
    Tensor result = empty(shape, t);
    d.kernel(result, self, a, b, value);
    copy_values(self, result);
  }
  bump_version(self);
  if (grad) record_ternary(d, self, self, before, a, b, number_b, value);
  return self;
}

}  // namespace gb
