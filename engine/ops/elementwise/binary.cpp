// Elementwise functions of two operands (+ - * / // % **, comparisons, logic, bits, maximum,
// minimum): one table row each, with the result dtype rule, the forward kernel, PyTorch's
// error text, the derivative for each operand, and whether an in-place form exists. The
// tensor-tensor, tensor-number, number-tensor and in-place forms are all driven by the row.
//
// Shapes: a: [..A], b: [..B], out: broadcast(A, B). A gradient flowing back to an operand is
// summed over the dims it was broadcast along (reduce_grad) and cast to its dtype. A Python
// number is a wrapped 0-dim tensor on either side; where PyTorch has a separate overload for
// it (1 - x is rsub.Scalar), the row names that overload's node, whose only edge is the tensor.
#include <cmath>
#include <iterator>
#include <string_view>
#include <type_traits>

#include "autograd/record.h"
#include "kernels/fused_multiply_add.h"
#include "kernels/vector_pow.h"
#include "ops/binary.h"
#include "ops/elementwise.h"
#include "ops/half_kernels.h"
#include "ops/rounding.h"
#include "ops/type_promotion.h"

namespace gb {

namespace {

enum class Result {
  Promoted,  // the operands' promoted dtype (add, mul, ...)
  Floating,  // the promoted dtype, integers and bools giving the default float dtype (div)
  Bool,      // bool, compared in the promoted dtype (eq, logical_and, ...)
};

// Which promoted dtypes the kernel exists for; the others get PyTorch's
// `"<kernel>" not implemented for '<dtype>'`.
enum class Accepts { All, NoBool, IntegralOnly, FloatingOnly };

// What a derivative reads besides the incoming gradient; only what a needed gradient reads is saved.
enum Reads : uint8_t { kNothing = 0, kSelf = 1, kOther = 2, kResult = 4 };

// A derivative's view of the saved values (undefined where nothing was saved). alpha is
// add/sub's scale of the second operand, 1 for every other op.
struct Saved {
  const Tensor& grad;
  const Tensor& self;
  const Tensor& other;
  const Tensor& result;
  double alpha;
};

using Kernel = void (*)(const Tensor& out, const Tensor& a, const Tensor& b, DType compute);
using ScaledKernel = void (*)(const Tensor& out, const Tensor& a, const Tensor& b, DType compute, double alpha);
using Derivative = Tensor (*)(const Saved&);
using Check = void (*)(const Tensor& a, const Tensor& b);
using Form = Tensor (*)(const Tensor& a, const Tensor& b);

// PyTorch's placeholder node for an op without a derivative: the result shows
// grad_fn=<NotImplemented>, and backward through it fails.
constexpr const char* kNotImplemented = "NotImplemented";

struct BinaryDef {
  const char* name;           // torch.<name>
  const char* backward_name;  // the grad_fn class name; nullptr: never differentiable (bool or integer results)
  Result result;
  Kernel kernel;
  Derivative d_self = nullptr, d_other = nullptr;
  uint8_t self_reads = kNothing, other_reads = kNothing;  // what d_self and d_other read
  bool inplace = false;                                   // Tensor.<name>_ exists
  bool number_other = true;  // PyTorch takes a Python number as the second operand
  Accepts accepts = Accepts::All;
  const char* kernel_name = "";  // in the `not implemented for` message
  Check check = nullptr;         // further checks on the operands, before promotion
  ScaledKernel scaled = nullptr;  // takes alpha (add, sub, rsub)
  const char* number_other_node = nullptr;  // the node when the second operand is a Python number
  const char* number_self_node = nullptr;   // ... when the first one is
  Form number_other_form = nullptr;         // a separate forward for a Python-number second operand
};

template <class F>
void map_kernel(const Tensor& out, const Tensor& a, const Tensor& b, DType compute) {
  binary_into(out, a, b, compute, F{});
}
template <class F>
constexpr Kernel kernel(F) { return &map_kernel<F>; }

template <class F>
void scaled_map(const Tensor& out, const Tensor& a, const Tensor& b, DType compute, double alpha) {
  binary_into(out, a, b, compute, [alpha](auto x, auto y) { return F{}(x, y, alpha); });
}
template <class F>
constexpr ScaledKernel scaled(F) { return &scaled_map<F>; }

// x + α·y. PyTorch's CPU kernel computes it as one fused multiply-add (an explicit one in its
// vector body, a contracted one in its scalar tail), so a float result rounds once.
template <class T>
T plus_scaled(T x, T y, double alpha) {
  if constexpr (std::is_floating_point_v<T>) return fused_multiply_add(T(alpha), y, x);
  else return x + T(alpha) * y;
}

// Bitwise kernels exist for integers and bools only (the floating dtypes are rejected first).
template <class F>
constexpr Kernel bits(F) {
  return kernel([](auto x, auto y) {
    if constexpr (std::is_integral_v<decltype(x)>) return decltype(x)(F{}(x, y));
    else return x;
  });
}

// Integer powers by repeated squaring; a negative exponent leaves only ±1 (or 0).
template <class T>
T int_pow(T base, T exponent) {
  if (is_negative(exponent)) {
    if (base == T(1)) return T(1);
    if (is_negative(base) && base == T(-1)) return T(exponent % 2 == 0 ? 1 : -1);
    return T(0);
  }
  // Unsigned arithmetic: an overflowing power wraps around as in PyTorch, without undefined behaviour.
  using U = std::make_unsigned_t<decltype(base * base)>;
  U result = 1, factor = U(base);
  while (exponent) {
    if (exponent & 1) result *= factor;
    exponent >>= 1;
    factor *= factor;
  }
  return T(result);
}

template <class T>
T pow_value(T base, T exponent) {
  if constexpr (std::is_integral_v<T>) return int_pow(base, exponent);
  else return std::pow(base, exponent);
}

// A Python-number exponent: PyTorch turns the common ones into exact multiplications or roots.
template <class T>
T pow_by_number(T x, double p) {
  if constexpr (std::is_floating_point_v<T>) {
    if (p == 0.5) return std::sqrt(x);
    if (p == -0.5) return T(1) / std::sqrt(x);
    if (p == -1) return T(1) / x;
    if (p == -2) return T(1) / (x * x);
  }
  if (p == 2) return T(x * x);
  if (p == 3) return T(x * x * x);
  return pow_value(x, convert<T>(p));
}

Tensor zero() { return wrapped_scalar(0, DType::Int64); }

bool has_pow_shortcut(double p) { return p == 0.5 || p == -0.5 || p == -1 || p == -2 || p == 2 || p == 3; }

// Any other exponent of a float32 tensor: PyTorch's AVX2 kernel takes SLEEF's pow for whole
// blocks of 16 of a dense run and the C library's double pow for the rest (see
// vecmath::in_blocks_of_16); a strided run takes the C library's throughout.
Tensor float32_pow(const Tensor& x, double p) {
  auto library = [p](auto v) { return decltype(v)(std::pow(double(v), p)); };
  if (!x.is_contiguous()) return unary_map(x, DType::Float32, DType::Float32, library);
  Tensor out = empty(x.shape(), DType::Float32);
  vecmath::in_blocks_of_16(x.data<float>(), out.data<float>(), x.numel(),
                           [p](float v) { return vecmath::pow(v, float(p)); }, library);
  return out;
}

// tensor ** number is PyTorch's pow.Tensor_Scalar: its own kernels and node (PowBackward0,
// d/dbase = p·x^(p-1), with the exponent shown as grad_fn._saved_exponent).
Tensor pow_number_exponent(const Tensor& base, const Tensor& exponent) {
  DType t = result_type(base, exponent);
  double p = item(exponent);
  if (!is_floating(t) && p < 0) fail("Integers to negative integer powers are not allowed.");
  Tensor out;
  if (p == 0) out = ones(base.shape(), t);
  else if (p == 1) out = contiguous_copy(as_dtype(base, t));
  else if (t == DType::Float32 && !has_pow_shortcut(p)) out = float32_pow(as_dtype(base, t), p);
  else {
    if (t == DType::Bool) fail("\"pow\" not implemented for 'Bool'");
    out = unary_map(base, t, t, [p](auto x) { return pow_by_number(x, p); });
  }
  if (needs_grad(base)) {
    record("PowBackward0", out, {base}, {base}, [p](const BackwardContext& c) {
      if (p == 0) return Grads{zeros_like(c.grad())};
      Tensor d = mul_scalar(pow(c.saved(0), p - 1), p);
      return Grads{mul(c.grad(), d)};
    });
    out.grad_fn()->save_number("exponent", p);
  }
  return out;
}

// d(x^p)/dp = x^p · ln x, except where x = 0 and p ≥ 0 (there x^p is flat or undefined, and
// ln 0 would give nan).
Tensor pow_exponent_grad(const Saved& s) {
  Tensor flat = logical_and(ge(s.other, zero()), eq(s.self, zero()));
  return mul(s.grad, where(flat, zero(), mul(s.result, log(s.self))));
}

// d(x^p)/dx = p·x^(p-1), 0 where p = 0.
Tensor pow_base_grad(const Saved& s) {
  Tensor d = mul(s.grad, mul(s.other, pow(s.self, sub(s.other, wrapped_scalar(1, DType::Int64)))));
  return where(eq(s.other, zero()), zero(), d);
}

void check_not_bool_sub(const Tensor& a, const Tensor& b) {
  if (a.dtype() == DType::Bool && b.dtype() == DType::Bool)
    fail("Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` "
         "operator instead.");
  if (a.dtype() == DType::Bool || b.dtype() == DType::Bool)
    fail("Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, "
         "use the `~` or `logical_not()` operator instead.");
}

// add/sub's scaled operand: alpha = 1 leaves the gradient as it is.
Tensor times(const Tensor& g, double alpha) { return alpha == 1 ? g : mul_scalar(g, alpha); }

// maximum/minimum: the gradient goes to the larger (smaller) operand, half to each on a tie.
Tensor shared(const Saved& s) {
  return where(eq(s.self, s.other), div(s.grad, wrapped_scalar(2, DType::Int64)), s.grad);
}

constexpr BinaryDef kBinary[] = {
    {.name = "add", .backward_name = "AddBackward0", .result = Result::Promoted,
     .kernel = kernel([](auto x, auto y) { return x + y; }),
     .d_self = [](const Saved& s) { return s.grad; },
     .d_other = [](const Saved& s) { return times(s.grad, s.alpha); },
     .inplace = true,
     .scaled = scaled([](auto x, auto y, double alpha) { return plus_scaled(x, y, alpha); })},
    {.name = "sub", .backward_name = "SubBackward0", .result = Result::Promoted,
     .kernel = kernel([](auto x, auto y) { return x - y; }),
     .d_self = [](const Saved& s) { return s.grad; },
     .d_other = [](const Saved& s) { return times(neg(s.grad), s.alpha); },
     .inplace = true, .check = check_not_bool_sub,
     .scaled = scaled([](auto x, auto y, double alpha) { return plus_scaled(x, y, -alpha); })},
    // rsub(a, b) = b - α·a.
    {.name = "rsub", .backward_name = "RsubBackward0", .result = Result::Promoted,
     .kernel = kernel([](auto x, auto y) { return y - x; }),
     .d_self = [](const Saved& s) { return times(neg(s.grad), s.alpha); },
     .d_other = [](const Saved& s) { return s.grad; },
     .check = check_not_bool_sub,
     .scaled = scaled([](auto x, auto y, double alpha) { return plus_scaled(y, x, -alpha); }),
     .number_other_node = "RsubBackward1"},
    {.name = "mul", .backward_name = "MulBackward0", .result = Result::Promoted,
     .kernel = kernel([](auto x, auto y) { return x * y; }),
     .d_self = [](const Saved& s) { return mul(s.grad, s.other); },
     .d_other = [](const Saved& s) { return mul(s.grad, s.self); },
     .self_reads = kOther, .other_reads = kSelf, .inplace = true},
    // d(a/b)/da = 1/b, d(a/b)/db = -a/b².
    {.name = "div", .backward_name = "DivBackward0", .result = Result::Floating,
     .kernel = kernel([](auto x, auto y) { return x / y; }),
     .d_self = [](const Saved& s) { return div(s.grad, s.other); },
     .d_other = [](const Saved& s) { return mul(neg(s.grad), div(div(s.self, s.other), s.other)); },
     .self_reads = kOther, .other_reads = kSelf | kOther, .inplace = true},
    // No derivative in PyTorch.
    {.name = "floor_divide", .backward_name = kNotImplemented, .result = Result::Promoted,
     .kernel = kernel([](auto x, auto y) { return rounding::div_floor(x, y); }),
     .inplace = true, .accepts = Accepts::NoBool, .kernel_name = "div_floor_cpu"},
    // d(a % b)/da = 1, d(a % b)/db = -⌊a/b⌋ (Python's sign rule).
    {.name = "remainder", .backward_name = "RemainderBackward1", .result = Result::Promoted,
     .kernel = kernel([](auto x, auto y) { return rounding::mod_floor(x, y); }),
     .d_self = [](const Saved& s) { return s.grad; },
     .d_other = [](const Saved& s) { return mul(neg(s.grad), div(s.self, s.other, RoundingMode::Floor)); },
     .other_reads = kSelf | kOther, .inplace = true, .accepts = Accepts::NoBool,
     .kernel_name = "remainder_cpu", .number_other_node = "RemainderBackward0",
     .number_self_node = kNotImplemented},
    // fmod: as remainder, with C's sign rule (-trunc(a/b)).
    {.name = "fmod", .backward_name = "FmodBackward1", .result = Result::Promoted,
     .kernel = kernel([](auto x, auto y) { return rounding::mod_trunc(x, y); }),
     .d_self = [](const Saved& s) { return s.grad; },
     .d_other = [](const Saved& s) { return mul(neg(s.grad), div(s.self, s.other, RoundingMode::Trunc)); },
     .other_reads = kSelf | kOther, .accepts = Accepts::NoBool, .kernel_name = "fmod_cpu",
     .number_other_node = "FmodBackward0"},
    // tensor ** tensor (PowBackward1), number ** tensor (PowBackward2), tensor ** number.
    {.name = "pow", .backward_name = "PowBackward1", .result = Result::Promoted,
     .kernel = kernel([](auto x, auto p) { return pow_value(x, p); }),
     .d_self = pow_base_grad, .d_other = pow_exponent_grad,
     .self_reads = kSelf | kOther, .other_reads = kSelf | kOther | kResult,
     .accepts = Accepts::NoBool, .kernel_name = "pow", .number_self_node = "PowBackward2",
     .number_other_form = pow_number_exponent},
    {.name = "eq", .backward_name = nullptr, .result = Result::Bool,
     .kernel = kernel([](auto x, auto y) { return x == y; })},
    {.name = "ne", .backward_name = nullptr, .result = Result::Bool,
     .kernel = kernel([](auto x, auto y) { return x != y; })},
    {.name = "lt", .backward_name = nullptr, .result = Result::Bool,
     .kernel = kernel([](auto x, auto y) { return x < y; })},
    {.name = "le", .backward_name = nullptr, .result = Result::Bool,
     .kernel = kernel([](auto x, auto y) { return x <= y; })},
    {.name = "gt", .backward_name = nullptr, .result = Result::Bool,
     .kernel = kernel([](auto x, auto y) { return x > y; })},
    {.name = "ge", .backward_name = nullptr, .result = Result::Bool,
     .kernel = kernel([](auto x, auto y) { return x >= y; })},
    {.name = "logical_and", .backward_name = nullptr, .result = Result::Bool,
     .kernel = kernel([](auto x, auto y) { return x != 0 && y != 0; }), .number_other = false},
    {.name = "logical_or", .backward_name = nullptr, .result = Result::Bool,
     .kernel = kernel([](auto x, auto y) { return x != 0 || y != 0; }), .number_other = false},
    {.name = "logical_xor", .backward_name = nullptr, .result = Result::Bool,
     .kernel = kernel([](auto x, auto y) { return (x != 0) != (y != 0); }), .number_other = false},
    {.name = "bitwise_and", .backward_name = nullptr, .result = Result::Promoted,
     .kernel = bits([](auto x, auto y) { return x & y; }), .accepts = Accepts::IntegralOnly,
     .kernel_name = "bitwise_and_cpu"},
    {.name = "bitwise_or", .backward_name = nullptr, .result = Result::Promoted,
     .kernel = bits([](auto x, auto y) { return x | y; }), .accepts = Accepts::IntegralOnly,
     .kernel_name = "bitwise_or_cpu"},
    {.name = "bitwise_xor", .backward_name = nullptr, .result = Result::Promoted,
     .kernel = bits([](auto x, auto y) { return x ^ y; }), .accepts = Accepts::IntegralOnly,
     .kernel_name = "bitwise_xor_cpu"},
    // max/min that let nan through, from either side.
    {.name = "maximum", .backward_name = "MaximumBackward0", .result = Result::Promoted,
     .kernel = kernel([](auto x, auto y) { return x != x ? x : y != y ? y : x < y ? y : x; }),
     .d_self = [](const Saved& s) { return where(lt(s.self, s.other), zero(), shared(s)); },
     .d_other = [](const Saved& s) { return where(gt(s.self, s.other), zero(), shared(s)); },
     .self_reads = kSelf | kOther, .other_reads = kSelf | kOther, .number_other = false},
    {.name = "minimum", .backward_name = "MinimumBackward0", .result = Result::Promoted,
     .kernel = kernel([](auto x, auto y) { return x != x ? x : y != y ? y : y < x ? y : x; }),
     .d_self = [](const Saved& s) { return where(gt(s.self, s.other), zero(), shared(s)); },
     .d_other = [](const Saved& s) { return where(lt(s.self, s.other), zero(), shared(s)); },
     .self_reads = kSelf | kOther, .other_reads = kSelf | kOther, .number_other = false},
    // hypot(a, b) = √(a² + b²), without overflow: d/da = grad·a/out, d/db = grad·b/out.
    {.name = "hypot", .backward_name = "HypotBackward0", .result = Result::Promoted,
     .kernel = kernel([](auto x, auto y) {
       if constexpr (std::is_floating_point_v<decltype(x)>) return std::hypot(x, y);
       else return x;  // never called: only floating dtypes are accepted
     }),
     .d_self = [](const Saved& s) { return div(mul(s.grad, s.self), s.result); },
     .d_other = [](const Saved& s) { return div(mul(s.grad, s.other), s.result); },
     .self_reads = kSelf | kResult, .other_reads = kOther | kResult, .inplace = true, .number_other = false,
     .accepts = Accepts::FloatingOnly, .kernel_name = "hypot_cpu"},
    // xlogy(a, b) = a·ln b, 0 where a = 0 unless b is nan; PyTorch's kernel is scalar only (the
    // C library's log). d/da = xlogy(grad, b), 0 where a = 0 and b ≤ 0; d/db = grad·a/b.
    {.name = "xlogy", .backward_name = "XlogyBackward0", .result = Result::Floating,
     .kernel = kernel([](auto x, auto y) {
       if constexpr (std::is_floating_point_v<decltype(x)>) return y != y ? y : x == 0 ? decltype(x)(0) : x * std::log(y);
       else return x;  // never called: integers compute in the default float dtype
     }),
     .d_self = [](const Saved& s) {
       return masked_fill(xlogy(s.grad, s.other), logical_and(eq(s.self, zero()), le(s.other, zero())), zero(), false);
     },
     .d_other = [](const Saved& s) { return div(mul(s.grad, s.self), s.other); },
     .self_reads = kSelf | kOther, .other_reads = kSelf | kOther, .inplace = true,
     .number_other_node = "XlogyBackward2", .number_self_node = "XlogyBackward1"},
};

constexpr int32_t kCount = int32_t(std::size(kBinary));

// A row's code, found at compile time.
consteval int32_t code_of(std::string_view name) {
  for (int32_t i = 0; i < kCount; ++i)
    if (kBinary[i].name == name) return i;
  throw "no such binary op";
}

const BinaryDef& row(int32_t code) {
  if (code < 0 || code >= kCount) fail("invalid binary op code ", code);
  return kBinary[code];
}

// The dtype `d` computes in for a and b, after PyTorch's checks on them.
DType compute_dtype(const BinaryDef& d, const Tensor& a, const Tensor& b) {
  if (d.check) d.check(a, b);
  DType t = result_type(a, b);
  bool accepted = d.accepts == Accepts::All || (d.accepts == Accepts::NoBool && t != DType::Bool) ||
                  (d.accepts == Accepts::IntegralOnly && !is_floating(t)) ||
                  (d.accepts == Accepts::FloatingOnly && is_floating(t));
  if (!accepted) fail('"', d.kernel_name, "\" not implemented for '", scalar_type_name(t), "'");
  return d.result == Result::Floating && !is_floating(t) ? default_dtype() : t;
}

// alpha scales the second operand (torch.add(a, b, alpha=2) = a + 2·b). An integer result
// takes only an integral alpha, a bool result only a bool one.
struct Alpha {
  double value = 1;
  bool is_float = false;
};
void check_alpha(const BinaryDef& d, DType t, Alpha alpha) {
  if (alpha.value == 1 && !alpha.is_float) return;
  if (!d.scaled) fail(d.name, "() takes no alpha");
  if (!is_floating(t) && alpha.is_float)
    fail("For integral input tensors, argument alpha must not be a floating point number.");
  if (t == DType::Bool && alpha.value != 0 && alpha.value != 1)
    fail("Boolean alpha only supported for Boolean results.");
}

void run(const BinaryDef& d, const Tensor& out, const Tensor& a, const Tensor& b, DType t, double alpha) {
  check_half_kernel(d.name, t);
  if (alpha == 1) d.kernel(out, a, b, t);
  else d.scaled(out, a, b, t, alpha);
}

// Records the node for out = d(a, b); `a_value` is a's value for the formula (a copy of self
// taken before an in-place write).
void record_binary(const BinaryDef& d, const Tensor& out, const Tensor& a, const Tensor& a_value, const Tensor& b,
                   double alpha) {
  const char* name = d.backward_name;
  bool edge_a = true, edge_b = true;
  if (a.impl()->wrapped_number && d.number_self_node) name = d.number_self_node, edge_a = false;
  else if (b.impl()->wrapped_number && d.number_other_node) name = d.number_other_node, edge_b = false;
  if (name == kNotImplemented) {  // edges for the tensors only
    auto fn = [op = d.name](const BackwardContext&) -> Grads {
      fail("derivative for aten::", op, " is not implemented");
    };
    if (a.impl()->wrapped_number) record(name, out, {b}, {}, fn);
    else if (b.impl()->wrapped_number) record(name, out, {a}, {}, fn);
    else record(name, out, {a, b}, {}, fn);
    return;
  }
  uint8_t reads = (edge_a && a.requires_grad() ? d.self_reads : 0) | (edge_b && b.requires_grad() ? d.other_reads : 0);
  auto formula = [d = &d, alpha, edge_a, edge_b, reads, oa = Operand(a), ob = Operand(b)](const BackwardContext& c) {
    static const Tensor none;
    Saved s{c.grad(), reads ? c.saved(0) : none, reads ? c.saved(1) : none, reads ? c.saved(2) : none, alpha};
    Grads grads;
    if (edge_a) grads.push_back(c.needs(0) ? reduce_grad(d->d_self(s), oa) : Tensor{});
    if (edge_b) grads.push_back(c.needs(grads.size()) ? reduce_grad(d->d_other(s), ob) : Tensor{});
    return grads;
  };
  auto record_saving = [&](std::initializer_list<Tensor> saved) {
    if (!edge_a) record(name, out, {b}, saved, formula);
    else if (!edge_b) record(name, out, {a}, saved, formula);
    else record(name, out, {a, b}, saved, formula);
  };
  // Nothing saved (add, sub) costs no saved slots.
  if (reads)
    record_saving(
        {reads & kSelf ? a_value : Tensor{}, reads & kOther ? b : Tensor{}, reads & kResult ? out : Tensor{}});
  else record_saving({});
  // An alpha other than 1 shows as grad_fn._saved_alpha (1 is the default readers assume).
  if (alpha != 1) out.grad_fn()->save_number("alpha", alpha);
}

Tensor apply(const BinaryDef& d, const Tensor& a, const Tensor& b, Alpha alpha = {}) {
  if (d.number_other_form && b.impl()->wrapped_number) return d.number_other_form(a, b);
  DType t = compute_dtype(d, a, b);
  check_alpha(d, t, alpha);
  Tensor out = empty(broadcast_shapes(a.shape(), b.shape()), d.result == Result::Bool ? DType::Bool : t);
  run(d, out, a, b, t, alpha.value);
  if (d.backward_name && needs_grad(a, b)) record_binary(d, out, a, a, b, alpha.value);
  return out;
}

// self op= other. Recorded before the write, as PyTorch records it: when other is a view of
// self, its edge is taken from its history before the write (which it renews from self's new
// history later). Self's value, when a formula reads it, is a copy taken before the write;
// other is saved before the write, so a formula reading an other that is self (or a view of
// it) finds it overwritten and refuses, as PyTorch's does. A formula reading the result is
// recorded after the write.
Tensor apply_(const BinaryDef& d, const Tensor& self, const Tensor& other, Alpha alpha = {}) {
  if (!d.inplace) throw Error(ErrorKind::NotImplemented, cat(d.name, "_ is not supported yet"));
  DType t = compute_dtype(d, self, other);
  check_alpha(d, t, alpha);
  bool grad = d.backward_name && needs_grad(self, other);
  Tensor before;
  bool after = false;
  if (grad) {
    check_write_inplace(self, other, t);
    bool reads_self =
        (self.requires_grad() && d.self_reads & kSelf) || (other.requires_grad() && d.other_reads & kSelf);
    before = reads_self ? clone(self) : self;  // recorded, so a create_graph backward reaches self's old history
    after = (d.self_reads | d.other_reads) & kResult;
    if (!after) record_binary(d, self, self, before, other, alpha.value);
  }
  check_write_inplace(self, other, t);
  if (t == self.dtype()) run(d, self, self, other, t, alpha.value);
  else {  // int32 += int64 tensor
    Tensor result = empty(self.shape(), t);
    run(d, result, self, other, t, alpha.value);
    copy_values(self, result);
  }
  bump_version(self);
  if (after) record_binary(d, self, self, before, other, alpha.value);
  return self;
}

const BinaryDef& kAdd = kBinary[code_of("add")];
const BinaryDef& kSub = kBinary[code_of("sub")];
const BinaryDef& kDiv = kBinary[code_of("div")];

}  // namespace

int32_t binary_count() { return kCount; }
std::string_view binary_name(int32_t code) { return row(code).name; }
bool binary_has_inplace(int32_t code) { return row(code).inplace; }
bool binary_takes_number(int32_t code) { return row(code).number_other; }
bool binary_number_first(int32_t code) { return row(code).number_self_node; }

int32_t binary_code(std::string_view name) {
  for (int32_t i = 0; i < kCount; ++i)
    if (kBinary[i].name == name) return i;
  fail("no binary op named ", name);
}

Tensor binary(int32_t code, const Tensor& a, const Tensor& b, double alpha, bool alpha_is_float) {
  return apply(row(code), a, b, {alpha, alpha_is_float});
}
Tensor binary_(int32_t code, const Tensor& self, const Tensor& other, double alpha, bool alpha_is_float) {
  return apply_(row(code), self, other, {alpha, alpha_is_float});
}

Tensor add(const Tensor& a, const Tensor& b, double alpha, bool alpha_is_float) {
  return apply(kAdd, a, b, {alpha, alpha_is_float});
}
Tensor sub(const Tensor& a, const Tensor& b, double alpha, bool alpha_is_float) {
  return apply(kSub, a, b, {alpha, alpha_is_float});
}
Tensor rsub(const Tensor& a, const Tensor& b, double alpha, bool alpha_is_float) {
  return apply(kBinary[code_of("rsub")], a, b, {alpha, alpha_is_float});
}
Tensor add_(const Tensor& self, const Tensor& other, double alpha, bool alpha_is_float) {
  return apply_(kAdd, self, other, {alpha, alpha_is_float});
}
Tensor sub_(const Tensor& self, const Tensor& other, double alpha, bool alpha_is_float) {
  return apply_(kSub, self, other, {alpha, alpha_is_float});
}

// torch.div(a, b, rounding_mode=...): a rounded quotient keeps the promoted dtype and has a
// zero derivative; rounding_mode=None is true division under another node name.
Tensor div(const Tensor& a, const Tensor& b, RoundingMode mode) {
  if (mode == RoundingMode::None) {
    DType t = compute_dtype(kDiv, a, b);
    Tensor out = binary_map(a, b, t, t, [](auto x, auto y) { return x / y; });
    if (needs_grad(a, b))
      record("DivBackward2", out, {a, b}, {a, b}, [oa = Operand(a), ob = Operand(b)](const BackwardContext& c) {
        Saved s{c.grad(), c.saved(0), c.saved(1), Tensor{}, 1};
        return Grads{c.needs(0) ? reduce_grad(kDiv.d_self(s), oa) : Tensor{},
                     c.needs(1) ? reduce_grad(kDiv.d_other(s), ob) : Tensor{}};
      });
    return out;
  }
  DType t = result_type(a, b);
  if (t == DType::Bool)
    fail(mode == RoundingMode::Floor ? "\"div_floor_cpu\"" : "\"div_trunc_cpu\"", " not implemented for 'Bool'");
  Tensor out = mode == RoundingMode::Floor
                   ? binary_map(a, b, t, t, [](auto x, auto y) { return rounding::div_floor(x, y); })
                   : binary_map(a, b, t, t, [](auto x, auto y) { return rounding::div_trunc(x, y); });
  if (needs_grad(a, b))
    record("DivBackward2", out, {a, b}, {}, [oa = Operand(a), ob = Operand(b)](const BackwardContext& c) {
      Tensor zero = mul(c.grad(), wrapped_scalar(0, DType::Int64));
      return Grads{c.needs(0) ? reduce_grad(zero, oa) : Tensor{}, c.needs(1) ? reduce_grad(zero, ob) : Tensor{}};
    });
  return out;
}

Tensor pow(const Tensor& base, double exponent) {
  bool integral = exponent == std::floor(exponent);
  return pow(base, wrapped_scalar(exponent, integral ? DType::Int64 : DType::Float64));
}

Tensor mul_scalar(const Tensor& t, double value) {
  const Tensor number = wrapped_scalar(value, DType::Float64);
  Tensor out;
  {
    GradModeGuard untracked(false);
    out = mul(t, number);
  }
  if (needs_grad(t))
    record("MulBackward1", out, {t}, {}, [value](const BackwardContext& c) { return Grads{mul_scalar(c.grad(), value)}; });
  return out;
}

Tensor add_scalar(const Tensor& t, double value) {
  const Tensor number = wrapped_scalar(value, DType::Float64);
  Tensor out;
  {
    GradModeGuard untracked(false);
    out = add(t, number);
  }
  if (needs_grad(t)) record("AddBackward1", out, {t}, {}, [](const BackwardContext& c) { return Grads{c.grad()}; });
  return out;
}

// The engine's own calls by name.
#define GB_BINARY(name) \
  Tensor name(const Tensor& a, const Tensor& b) { return apply(kBinary[code_of(#name)], a, b); }
GB_BINARY(mul)
GB_BINARY(div)
GB_BINARY(floor_divide)
GB_BINARY(remainder)
GB_BINARY(fmod)
GB_BINARY(pow)
GB_BINARY(eq)
GB_BINARY(ne)
GB_BINARY(lt)
GB_BINARY(le)
GB_BINARY(gt)
GB_BINARY(ge)
GB_BINARY(logical_and)
GB_BINARY(logical_or)
GB_BINARY(logical_xor)
GB_BINARY(bitwise_and)
GB_BINARY(bitwise_or)
GB_BINARY(bitwise_xor)
GB_BINARY(maximum)
GB_BINARY(minimum)
GB_BINARY(xlogy)
#undef GB_BINARY

#define GB_BINARY_INPLACE(name) \
  Tensor name##_(const Tensor& self, const Tensor& other) { return apply_(kBinary[code_of(#name)], self, other); }
GB_BINARY_INPLACE(mul)
GB_BINARY_INPLACE(div)
GB_BINARY_INPLACE(floor_divide)
GB_BINARY_INPLACE(remainder)
#undef GB_BINARY_INPLACE

}  // namespace gb
