// Elementwise functions of one tensor (exp, sin, abs, floor, ...): one table row each, with
// the forward kernel, the dtypes it accepts, and the derivative PyTorch uses.
//
// Shapes: x: [..S] → y: [..S]. Backward: dx = grad · f'(·), where f' reads either the input x
// or the result y — whichever PyTorch's formula reads, because that is what gets saved (and
// what an in-place change would invalidate).
#include <cmath>
#include <iterator>
#include <numbers>
#include <type_traits>

#include "autograd/record.h"
#include "kernels/fused_multiply_add.h"
#include "kernels/vector_math.h"
#include "ops/elementwise.h"
#include "ops/half_kernels.h"
#include "ops/type_promotion.h"
#include "tensor/overlap.h"

namespace gb {

namespace {

enum class Domain {
  Floating,       // integers and bools compute in the default float dtype (exp, sin, ...)
  Numeric,        // keeps the dtype; bool is rejected (abs, floor, ...)
  NumericOrBool,  // keeps the dtype, bool included (sign)
  FloatingOnly,   // floating inputs only (frac)
};

enum class Reads { Input, Result };

using Kernel = void (*)(const Tensor& out, const Tensor& in);  // out and in share one dtype
using Derivative = Tensor (*)(const Tensor& grad, const Tensor& saved);

struct UnaryDef {
  Unary op;
  const char* name;           // torch.<name>
  const char* backward_name;  // the grad_fn class name
  Domain domain;
  Kernel kernel;
  Reads reads;
  Derivative derivative;  // nullptr: the derivative is zero everywhere (floor, sign, ...)
  // The kernel name in PyTorch's `"floor_vml_cpu" not implemented for 'Bool'`, or, when it
  // starts with a capital letter, the whole message PyTorch gives instead.
  const char* rejects = "";
};

template <class F, bool kFloatsOnly>
void map_kernel(const Tensor& out, const Tensor& in) {
  dispatch(out.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (!kFloatsOnly || std::is_floating_point_v<T>)
      unary_kernel(out.data<T>(), out.shape(), out.strides(), in.data<T>(), in.strides(),
                   [](T v) { return convert<T>(F{}(v)); });
  });
}

template <class F>
constexpr Kernel kernel(F) { return &map_kernel<F, false>; }
// For Domain::Floating ops, which only ever run on float32 and float64.
template <class F>
constexpr Kernel floats(F) { return &map_kernel<F, true>; }

Tensor num(double v) { return wrapped_scalar(v, DType::Float64); }

// sigmoid, sinh and cosh depend on an element's place in a dense run, as in PyTorch: whole
// blocks of 16 take the vectorised function, the rest the C library's (see
// vecmath::in_blocks_of_16). A strided run takes the C library's throughout.
template <class Vectorised, class Scalar>
void blocks_kernel(const Tensor& out, const Tensor& in) {
  dispatch(out.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      if (in.is_contiguous() && out.is_contiguous())
        return vecmath::in_blocks_of_16(in.data<T>(), out.data<T>(), in.numel(), Vectorised{}, Scalar{});
      unary_kernel(out.data<T>(), out.shape(), out.strides(), in.data<T>(), in.strides(),
                   [](T v) { return T(Scalar{}(v)); });
    }
  });
}

template <class Vectorised, class Scalar>
constexpr Kernel in_blocks(Vectorised, Scalar) { return &blocks_kernel<Vectorised, Scalar>; }

// Integers are already whole: the rounding functions give them back unchanged (and exactly).
template <class T, class Round>
T whole(T v, Round round) {
  if constexpr (std::is_integral_v<T>) return v;
  else return round(v);
}

using std::numbers::ln2, std::numbers::ln10, std::numbers::inv_sqrtpi;

// tanh's dx = g·(1 − y²), as PyTorch's CPU kernel computes it: compiled with FMA contraction,
// so 1 − y² rounds once. An op of its own, so that a recording backward pass (create_graph)
// can differentiate it: d/dg = gg·(1 − y²), d/dy = −2·gg·g·y.
Tensor tanh_backward(const Tensor& g, const Tensor& y) {
  const DType t = result_type(g, y);
  Tensor dx = binary_map(g, y, t, t, [](auto gv, auto yv) {
    using T = decltype(yv);
    if constexpr (std::is_floating_point_v<T>) return T(gv * fused_multiply_add(-yv, yv, T(1)));
    else return T(gv * (1 - yv * yv));  // unreachable: tanh's result is floating
  });
  if (needs_grad(g, y))
    record("TanhBackwardBackward0", dx, {g, y}, {g, y}, [](const BackwardContext& c) {
      const Tensor &gg = c.grad(), &g = c.saved(0), &y = c.saved(1);
      return Grads{c.needs(0) ? tanh_backward(gg, y) : Tensor{}, c.needs(1) ? mul(mul(gg, g), mul(y, num(-2))) : Tensor{}};
    });
  return dx;
}

// sigmoid's dx = g·(1 − y)·y, as PyTorch's CPU kernel computes it: float16 and bfloat16 in
// float32, rounded once. An op of its own (SigmoidBackwardBackward0), so that a recording
// backward pass can differentiate it: d/dg = sigmoid_backward(gg, y), d/dy = gg·g·(1 − 2y).
Tensor sigmoid_backward(const Tensor& g, const Tensor& y) {
  const DType t = result_type(g, y);
  Tensor dx = binary_map(g, y, t, t, [](auto gv, auto yv) { return decltype(yv)(gv * (decltype(yv)(1) - yv) * yv); });
  if (needs_grad(g, y))
    record("SigmoidBackwardBackward0", dx, {g, y}, {g, y}, [](const BackwardContext& c) {
      const Tensor &gg = c.grad(), &g = c.saved(0), &y = c.saved(1);
      return Grads{c.needs(0) ? sigmoid_backward(gg, y) : Tensor{},
                   c.needs(1) ? mul(mul(gg, g), add(mul(y, num(-2)), num(1))) : Tensor{}};
    });
  return dx;
}

// Rows in the order of enum Unary (checked below).
constexpr UnaryDef kUnary[] = {
    {Unary::Abs, "abs", "AbsBackward0", Domain::Numeric, kernel([](auto v) {
       if constexpr (std::is_floating_point_v<decltype(v)>) return std::fabs(v);  // abs(-0.) is 0.
       else return is_negative(v) ? -v : v;
     }), Reads::Input,
     [](const Tensor& g, const Tensor& x) { return mul(g, sign(x)); }, "abs_cpu"},
    {Unary::Neg, "neg", "NegBackward0", Domain::Numeric, kernel([](auto v) { return -v; }), Reads::Input,
     [](const Tensor& g, const Tensor&) { return neg(g); },
     "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` "
     "or `logical_not()` operator instead."},
    {Unary::Sign, "sign", "SignBackward0", Domain::NumericOrBool,
     kernel([](auto v) { return (decltype(v)(0) < v) - is_negative(v); }),
     Reads::Input, nullptr},
    {Unary::Floor, "floor", "FloorBackward0", Domain::Numeric,
     kernel([](auto v) { return whole(v, [](auto f) { return std::floor(f); }); }), Reads::Input,
     nullptr, "floor_vml_cpu"},
    {Unary::Ceil, "ceil", "CeilBackward0", Domain::Numeric,
     kernel([](auto v) { return whole(v, [](auto f) { return std::ceil(f); }); }), Reads::Input,
     nullptr, "ceil_vml_cpu"},
    // Halves go to the even neighbour, as in PyTorch (and Python's round).
    {Unary::Round, "round", "RoundBackward0", Domain::Numeric,
     kernel([](auto v) { return whole(v, [](auto f) { return std::nearbyint(f); }); }),
     Reads::Input, nullptr, "round_vml_cpu"},
    {Unary::Trunc, "trunc", "TruncBackward0", Domain::Numeric,
     kernel([](auto v) { return whole(v, [](auto f) { return std::trunc(f); }); }), Reads::Input,
     nullptr, "trunc_vml_cpu"},
    {Unary::Frac, "frac", "FracBackward0", Domain::FloatingOnly, kernel([](auto v) { return v - std::trunc(v); }),
     Reads::Input, [](const Tensor& g, const Tensor&) { return g; }, "frac_cpu"},
    // relu keeps -0 and nan, as clamp_min(x, 0) does: dx = grad where y > 0. Zeros are passed
    // through on their own because LLVM 14 turns `v < 0 ? 0 : v` into wasm's max, which makes -0 into 0.
    {Unary::Relu, "relu", "ReluBackward0", Domain::Numeric,
     kernel([](auto v) { return v == 0 ? v : is_negative(v) ? decltype(v)(0) : v; }),
     Reads::Result, [](const Tensor& g, const Tensor& y) { return where(gt(y, num(0)), g, num(0)); },
     "Boolean inputs not supported for relu"},
    {Unary::Exp, "exp", "ExpBackward0", Domain::Floating,
     floats([](auto v) { return vecmath::exp(v); }), Reads::Result,
     [](const Tensor& g, const Tensor& y) { return mul(g, y); }},
    {Unary::Exp2, "exp2", "Exp2Backward0", Domain::Floating,
     floats([](auto v) { return std::exp2(v); }), Reads::Result,
     [](const Tensor& g, const Tensor& y) { return mul(mul(g, y), num(ln2)); }},
    {Unary::Expm1, "expm1", "Expm1Backward0", Domain::Floating,
     floats([](auto v) { return vecmath::expm1(v); }), Reads::Result,
     [](const Tensor& g, const Tensor& y) { return mul(g, add(y, num(1))); }},
    {Unary::Log, "log", "LogBackward0", Domain::Floating,
     floats([](auto v) { return vecmath::log(v); }), Reads::Input,
     [](const Tensor& g, const Tensor& x) { return div(g, x); }},
    {Unary::Log2, "log2", "Log2Backward0", Domain::Floating,
     floats([](auto v) { return vecmath::log2(v); }), Reads::Input,
     [](const Tensor& g, const Tensor& x) { return div(g, mul(x, num(ln2))); }},
    {Unary::Log10, "log10", "Log10Backward0", Domain::Floating,
     floats([](auto v) { return vecmath::log10(v); }), Reads::Input,
     [](const Tensor& g, const Tensor& x) { return div(g, mul(x, num(ln10))); }},
    {Unary::Log1p, "log1p", "Log1PBackward0", Domain::Floating,
     floats([](auto v) { return vecmath::log1p(v); }), Reads::Input,
     [](const Tensor& g, const Tensor& x) { return div(g, add(x, num(1))); }},
    {Unary::Sqrt, "sqrt", "SqrtBackward0", Domain::Floating,
     floats([](auto v) { return std::sqrt(v); }), Reads::Result,
     [](const Tensor& g, const Tensor& y) { return div(g, mul(num(2), y)); }},
    {Unary::Rsqrt, "rsqrt", "RsqrtBackward0", Domain::Floating,
     floats([](auto v) { return decltype(v)(1) / std::sqrt(v); }), Reads::Result,
     [](const Tensor& g, const Tensor& y) { return mul(mul(num(-0.5), g), pow(y, 3)); }},
    {Unary::Reciprocal, "reciprocal", "ReciprocalBackward0", Domain::Floating,
     floats([](auto v) { return decltype(v)(1) / v; }),
     Reads::Result, [](const Tensor& g, const Tensor& y) { return mul(neg(g), mul(y, y)); }},
    {Unary::Sin, "sin", "SinBackward0", Domain::Floating,
     floats([](auto v) { return vecmath::sin(v); }), Reads::Input,
     [](const Tensor& g, const Tensor& x) { return mul(g, cos(x)); }},
    {Unary::Cos, "cos", "CosBackward0", Domain::Floating,
     floats([](auto v) { return vecmath::cos(v); }), Reads::Input,
     [](const Tensor& g, const Tensor& x) { return mul(g, neg(sin(x))); }},
    {Unary::Tan, "tan", "TanBackward0", Domain::Floating,
     floats([](auto v) { return vecmath::tan(v); }), Reads::Result,
     [](const Tensor& g, const Tensor& y) { return mul(g, add(pow(y, 2), num(1))); }},
    // asin, acos: ±grad / sqrt(1 - x²), written as PyTorch does with rsqrt.
    {Unary::Asin, "asin", "AsinBackward0", Domain::Floating,
     floats([](auto v) { return vecmath::asin(v); }), Reads::Input,
     [](const Tensor& g, const Tensor& x) { return mul(g, rsqrt(add(mul(neg(x), x), num(1)))); }},
    {Unary::Acos, "acos", "AcosBackward0", Domain::Floating,
     floats([](auto v) { return vecmath::acos(v); }), Reads::Input,
     [](const Tensor& g, const Tensor& x) { return mul(g, neg(rsqrt(add(mul(neg(x), x), num(1))))); }},
    {Unary::Atan, "atan", "AtanBackward0", Domain::Floating,
     floats([](auto v) { return vecmath::atan(v); }), Reads::Input,
     [](const Tensor& g, const Tensor& x) { return div(g, add(mul(x, x), num(1))); }},
    {Unary::Sinh, "sinh", "SinhBackward0", Domain::Floating,
     in_blocks([](auto v) { return vecmath::sinh(v); }, [](auto v) { return std::sinh(v); }), Reads::Input,
     [](const Tensor& g, const Tensor& x) { return mul(g, cosh(x)); }},
    {Unary::Cosh, "cosh", "CoshBackward0", Domain::Floating,
     in_blocks([](auto v) { return vecmath::cosh(v); }, [](auto v) { return std::cosh(v); }), Reads::Input,
     [](const Tensor& g, const Tensor& x) { return mul(g, sinh(x)); }},
    {Unary::Tanh, "tanh", "TanhBackward0", Domain::Floating,
     floats([](auto v) { return vecmath::tanh(v); }), Reads::Result,
     tanh_backward},
    {Unary::Sigmoid, "sigmoid", "SigmoidBackward0", Domain::Floating,
     in_blocks([](auto v) { return decltype(v)(1) / (vecmath::exp(decltype(v)(0) - v) + decltype(v)(1)); },
               [](auto v) { return decltype(v)(1) / (decltype(v)(1) + std::exp(-v)); }),
     Reads::Result, sigmoid_backward},
    // d erf(x)/dx = 2/√π · e^(-x²)
    {Unary::Erf, "erf", "ErfBackward0", Domain::Floating, floats([](auto v) { return std::erf(v); }), Reads::Input,
     [](const Tensor& g, const Tensor& x) { return mul(mul(num(2 * inv_sqrtpi), exp(neg(pow(x, 2)))), g); }},
};
static_assert(std::size(kUnary) == size_t(Unary::Count));

constexpr bool rows_in_enum_order() {
  for (size_t i = 0; i < std::size(kUnary); ++i)
    if (kUnary[i].op != Unary(i)) return false;
  return true;
}
static_assert(rows_in_enum_order());

[[noreturn]] void reject(const UnaryDef& d, DType t) {
  if (d.rejects[0] >= 'A' && d.rejects[0] <= 'Z') fail(d.rejects);
  fail('"', d.rejects, "\" not implemented for '", scalar_type_name(t), "'");
}

// The dtype op computes and returns for an input of dtype t.
DType result_dtype(const UnaryDef& d, DType t) {
  switch (d.domain) {
    case Domain::Floating: return is_floating(t) ? t : default_dtype();
    case Domain::Numeric: if (t == DType::Bool) reject(d, t); return t;
    case Domain::NumericOrBool: return t;
    case Domain::FloatingOnly: if (!is_floating(t)) reject(d, t); return t;
  }
  return t;
}

void record_unary(const UnaryDef& d, const Tensor& out, const Tensor& input, const Tensor& saved) {
  if (!d.derivative) {
    record(d.backward_name, out, {input}, {}, [](const BackwardContext& c) { return Grads{zeros_like(c.grad())}; });
    return;
  }
  record(d.backward_name, out, {input}, {saved},
         [f = d.derivative](const BackwardContext& c) { return Grads{f(c.grad(), c.saved(0))}; });
}

}  // namespace

std::string_view unary_name(Unary op) { return kUnary[size_t(op)].name; }

// The row's kernel; float16 and bfloat16 (when PyTorch has a kernel for them) run the float32
// kernel on their widened values, each result rounded back once.
void run_kernel(const UnaryDef& d, const Tensor& out, const Tensor& in) {
  if (!is_reduced_float(out.dtype())) return d.kernel(out, in);
  check_half_kernel(d.name, out.dtype());
  Tensor result = empty(out.shape(), DType::Float32);
  d.kernel(result, widened(in, out.dtype()));
  copy_values(out, result);
}

Tensor unary(Unary op, const Tensor& x) {
  const UnaryDef& d = kUnary[size_t(op)];
  DType t = result_dtype(d, x.dtype());
  Tensor in = as_dtype(x, t);
  Tensor out = empty(x.shape(), t);
  run_kernel(d, out, in);
  if (needs_grad(x)) record_unary(d, out, x, d.reads == Reads::Input ? x : out);
  return out;
}

// In place: the result must keep self's dtype. A formula that reads the input gets a copy of
// self taken before the write (as PyTorch's saved original self).
Tensor unary_(Unary op, const Tensor& self) {
  const UnaryDef& d = kUnary[size_t(op)];
  check_inplace(self);
  check_no_internal_overlap(self);
  DType t = result_dtype(d, self.dtype());
  if (t != self.dtype())
    fail("result type ", scalar_type_name(t), " can't be cast to the desired output type ",
         scalar_type_name(self.dtype()));
  bool grad = needs_grad(self);
  Tensor before = grad && d.reads == Reads::Input && d.derivative ? clone(self) : Tensor{};
  run_kernel(d, self, self);
  bump_version(self);
  if (grad) record_unary(d, self, self, before.defined() ? before : self);
  return self;
}

// round(x, decimals): scaled by 10^decimals around the rounding, as PyTorch does.
Tensor round(const Tensor& x, int64_t decimals) {
  if (decimals == 0) return unary(Unary::Round, x);
  if (!is_floating(x.dtype())) fail("\"round_cpu\" not implemented for '", scalar_type_name(x.dtype()), "'");
  bool negative = decimals < 0;
  double scale = std::pow(10.0, double(negative ? -decimals : decimals));
  Tensor out = unary_map(x, x.dtype(), x.dtype(), [negative, scale](auto v) {
    using T = decltype(v);
    T s = T(scale);
    return negative ? T(std::nearbyint(v / s) * s) : T(std::nearbyint(v * s) / s);
  });
  if (needs_grad(x))
    record("RoundBackward1", out, {x}, {}, [](const BackwardContext& c) { return Grads{zeros_like(c.grad())}; });
  return out;
}

}  // namespace gb
