// The parametrised elementwise activations of torch.nn.functional (gelu, silu, elu, softplus,
// mish, hardtanh, hardswish, hardsigmoid, celu): one table row each, with PyTorch's grad_fn name;
// the forward and derivative formulas are the cases of forward_value and derivative_value below.
// celu(x, α) is PyTorch's elu(x, α, 1, 1/α) under its own grad_fn name (its gradient's node is
// EluBackwardBackward0, as PyTorch's).
//
// Shapes: x: [..S] → y: [..S]. Backward: dx = grad · f'(x), read from the saved input.
//
// Rounding as PyTorch's CPU kernels: elements in whole blocks of two AVX2 vectors (16 floats,
// 8 doubles) of the dense run take the vectorised formula (vectorised exp, tanh, erf, ...), the
// rest the scalar one, which calls the C library's functions. Except gelu's erf form on a
// contiguous float32 tensor of more than one element, which PyTorch hands to oneDNN (both
// directions): kernels/onednn_gelu.h.
//
// bfloat16: oneDNN's gelu and PyTorch's kernels for elu, softplus, hardtanh, hardswish and
// hardsigmoid widen to float32, compute as above and round each result once. Its silu, gelu's
// tanh form and gelu off oneDNN are PyTorch's generic kernels on bfloat16 vectors, which round
// after every operation: bfloat16_forward and bfloat16_derivative below. mish has no bfloat16
// kernel, nor hardtanh's gradient (PyTorch 1.13 names the kernel it shares with hardshrink).
#include <algorithm>
#include <cmath>
#include <iterator>
#include <numbers>
#include <string>

#include "autograd/record.h"
#include "kernels/fused_multiply_add.h"
#include "kernels/onednn_gelu.h"
#include "kernels/vector_math.h"
#include "ops/elementwise.h"

namespace gb {

namespace {

struct ActivationDef {
  Activation op;
  const char* name;           // the engine's name, which torch.nn.functional maps to
  const char* backward_name;  // the grad_fn class name
  const char* kernel;         // the kernel PyTorch names when it rejects an integer dtype
};

constexpr ActivationDef kActivations[] = {
    {Activation::Gelu, "gelu", "GeluBackward0", "GeluKernelImpl"},
    {Activation::GeluTanh, "gelu_tanh", "GeluBackward0", "GeluKernelImpl"},
    {Activation::Silu, "silu", "SiluBackward0", "silu_cpu"},
    {Activation::Elu, "elu", "EluBackward0", "elu_cpu"},
    {Activation::Softplus, "softplus", "SoftplusBackward0", "softplus_cpu"},
    {Activation::Mish, "mish", "MishBackward0", "mish_cpu"},
    {Activation::Hardtanh, "hardtanh", "HardtanhBackward0", "clamp_cpu"},
    {Activation::Hardswish, "hardswish", "HardswishBackward0", "hardswish_cpu"},
    {Activation::Hardsigmoid, "hardsigmoid", "HardsigmoidBackward0", "hardsigmoid_cpu"},
    {Activation::Celu, "celu", "CeluBackward0", "elu_cpu"},
};
static_assert(std::size(kActivations) == size_t(Activation::Count));

constexpr bool rows_in_enum_order() {
  for (size_t i = 0; i < std::size(kActivations); ++i)
    if (kActivations[i].op != Activation(i)) return false;
  return true;
}
static_assert(rows_in_enum_order());

// erf as PyTorch's AVX2 float vectors compute it (Abramowitz & Stegun 7.1.26 with fused
// multiply-adds and the vectorised exp); doubles use the C library's.
inline float vector_erf(float x) {
  const float a = std::fabs(x);
  const float t = 1.0f / vecmath::fma(0.3275911f, a, 1.0f);
  float r = vecmath::fma(1.061405429f, t, -1.453152027f);
  r = vecmath::fma(r, t, 1.421413741f);
  r = vecmath::fma(r, t, -0.284496736f);
  r = vecmath::fma(r, t, 0.254829592f);
  const float e = -vecmath::exp(-(x * x));
  return std::copysign(vecmath::fma(e * t, r, 1.0f), x);
}
inline double vector_erf(double x) { return std::erf(x); }

// One element of f(x). `vectorised`: whether it falls in a whole block (see the file comment).
template <class T>
T forward_value(Activation op, T x, bool vectorised, const ActivationParams& p) {
  using std::numbers::sqrt2, std::numbers::inv_sqrtpi;
  const auto exp_ = [vectorised](T v) { return vectorised ? vecmath::exp(v) : T(std::exp(v)); };
  const auto tanh_ = [vectorised](T v) { return vectorised ? vecmath::tanh(v) : T(std::tanh(v)); };
  const auto log1p_ = [vectorised](T v) { return vectorised ? vecmath::log1p(v) : T(std::log1p(v)); };
  switch (op) {
    case Activation::Gelu: {
      const T erf = vectorised ? vector_erf(T(x * T(std::numbers::sqrt2 / 2))) : T(std::erf(x * T(sqrt2 / 2)));
      return x * T(0.5) * (T(1) + erf);
    }
    case Activation::GeluTanh: {
      const T beta = T(sqrt2 * inv_sqrtpi), kappa = T(0.044715);
      const T inner = beta * (x + kappa * (x * x * x));
      return T(0.5) * x * (T(1) + tanh_(inner));
    }
    case Activation::Silu: return x / (T(1) + exp_(-x));
    case Activation::Elu: {  // a: alpha, b: scale, c: input_scale
      const T negative = T(p.a) * T(p.b), positive = T(p.b), input_scale = T(p.c);
      return x > T(0) ? T(x * positive) : T((exp_(x * input_scale) - T(1)) * negative);
    }
    case Activation::Softplus: {  // a: beta, b: threshold
      const T beta = T(p.a);
      return x * beta > T(p.b) ? x : T(log1p_(exp_(x * beta)) / beta);
    }
    case Activation::Mish: return x * tanh_(log1p_(exp_(x)));
    case Activation::Hardtanh:  // a: min, b: max; nan passes through, as in clamp
      return x < T(p.a) ? T(p.a) : x > T(p.b) ? T(p.b) : x;
    case Activation::Hardswish: return x * std::min(std::max(x + T(3), T(0)), T(6)) / T(6);
    case Activation::Hardsigmoid: return std::min(std::max(x + T(3), T(0)), T(6)) / T(6);
    case Activation::Celu:  // computed as elu: activation() maps it
    case Activation::Count: break;
  }
  return x;
}

// One element of grad · f'(x).
template <class T>
T derivative_value(Activation op, T g, T x, bool vectorised, const ActivationParams& p) {
  using std::numbers::sqrt2, std::numbers::inv_sqrtpi;
  const auto exp_ = [vectorised](T v) { return vectorised ? vecmath::exp(v) : T(std::exp(v)); };
  const auto tanh_ = [vectorised](T v) { return vectorised ? vecmath::tanh(v) : T(std::tanh(v)); };
  const auto log1p_ = [vectorised](T v) { return vectorised ? vecmath::log1p(v) : T(std::log1p(v)); };
  switch (op) {
    case Activation::Gelu: {  // Φ(x) + x·φ(x)
      const T erf = vectorised ? vector_erf(T(x * T(sqrt2 / 2))) : T(std::erf(x * T(sqrt2 / 2)));
      const T cdf = T(0.5) * (T(1) + erf);
      const T pdf = T(inv_sqrtpi * sqrt2 / 2) * exp_(x * x * T(-0.5));
      return g * (cdf + x * pdf);
    }
    case Activation::GeluTanh: {
      const T beta = T(sqrt2 * inv_sqrtpi), kappa = T(0.044715);
      const T x_sq = x * x, inner = beta * (x + kappa * (x_sq * x)), tanh_inner = tanh_(inner);
      const T left = T(0.5) * x, right = T(1) + tanh_inner;
      const T left_derivative = T(0.5) * right;
      const T right_derivative = left * (T(1) - tanh_inner * tanh_inner) * (beta * (T(1) + T(3) * kappa * x_sq));
      return g * (left_derivative + right_derivative);
    }
    case Activation::Silu: {
      const T sigmoid = T(1) / (T(1) + exp_(-x));
      if constexpr (std::is_same_v<T, float>)  // PyTorch's float kernel is fused here
        return g * sigmoid * fused_multiply_add(x, T(1) - sigmoid, T(1));
      return g * sigmoid * (T(1) + x * (T(1) - sigmoid));
    }
    case Activation::Elu: {
      const T negative = T(p.a) * T(p.b), positive = T(p.b), input_scale = T(p.c);
      return x <= T(0) ? T(g * input_scale * negative * exp_(x * input_scale)) : T(g * positive);
    }
    case Activation::Softplus: {
      const T beta = T(p.a), z = exp_(x * beta);
      return x * beta > T(p.b) ? g : T(g * z / (z + T(1)));
    }
    case Activation::Mish: {
      const T sigmoid = T(1) / (T(1) + exp_(-x));
      const T tanh_softplus = tanh_(log1p_(exp_(x)));
      if constexpr (std::is_same_v<T, float>)  // PyTorch's float kernel is fused here
        return g * fused_multiply_add(x * sigmoid, fused_multiply_add(-tanh_softplus, tanh_softplus, T(1)), tanh_softplus);
      return g * (tanh_softplus + x * sigmoid * (T(1) - tanh_softplus * tanh_softplus));
    }
    case Activation::Hardtanh: return x <= T(p.a) || x >= T(p.b) ? T(0) : g;
    case Activation::Hardswish:  // the vector kernel passes g through from x = 3 on, the scalar one above it
      return x < T(-3) ? T(0) : (vectorised ? x < T(3) : x <= T(3)) ? T(g * (x / T(3) + T(0.5))) : g;
    case Activation::Hardsigmoid: return x > T(-3) && x < T(3) ? T(g * T(1.0f / 6.0f)) : T(0);  // a float sixth, also for doubles
    case Activation::Celu:  // computed as elu: activation() maps it
    case Activation::Count: break;
  }
  return g;
}

// One operation of PyTorch's generic kernel on bfloat16: computed in float32, rounded.
inline float bf16(float v) { return BFloat16::from(v).to_float(); }

// The vectorised exp and tanh (Sleef's) or the C library's, each result rounded to bfloat16.
// erf is the C library's either way: Sleef's erf and it are within an ulp of float32, which
// rounding to bfloat16 does not see (but for a value at a rounding boundary).
struct RoundedFunctions {
  bool vectorised;
  float exp(float v) const { return bf16(vectorised ? vecmath::exp(v) : std::exp(v)); }
  float tanh(float v) const { return bf16(vectorised ? vecmath::tanh(v) : std::tanh(v)); }
  static float erf(float v) { return bf16(std::erf(v)); }
};

// One element of silu, gelu_tanh or gelu (off oneDNN) on bfloat16, each operation rounded in
// PyTorch's order, its constants bfloat16 too.
float bfloat16_forward(Activation op, float x, bool vectorised) {
  using std::numbers::sqrt2, std::numbers::inv_sqrtpi;
  const RoundedFunctions f{vectorised};
  switch (op) {
    case Activation::Silu: return bf16(x / bf16(1 + f.exp(-x)));
    case Activation::GeluTanh: {
      const float beta = bf16(float(sqrt2 * inv_sqrtpi)), kappa = bf16(0.044715f);
      const float cube = bf16(bf16(x * x) * x), inner = bf16(beta * bf16(x + bf16(kappa * cube)));
      return bf16(bf16(0.5f * x) * bf16(1 + f.tanh(inner)));
    }
    default: {  // gelu
      const float alpha = bf16(float(sqrt2 / 2));
      return bf16(bf16(x * 0.5f) * bf16(1 + f.erf(bf16(x * alpha))));
    }
  }
}

// One element of grad · f'(x) for the same three, rounded as bfloat16_forward.
float bfloat16_derivative(Activation op, float g, float x, bool vectorised) {
  using std::numbers::sqrt2, std::numbers::inv_sqrtpi;
  const RoundedFunctions f{vectorised};
  switch (op) {
    case Activation::Silu: {
      const float sigmoid = bf16(1 / bf16(1 + f.exp(-x)));
      return bf16(bf16(g * sigmoid) * bf16(1 + bf16(x * bf16(1 - sigmoid))));
    }
    case Activation::GeluTanh: {
      const float beta = bf16(float(sqrt2 * inv_sqrtpi)), kappa = bf16(0.044715f);
      const float x_sq = bf16(x * x), cube = bf16(x_sq * x);
      const float tanh_inner = f.tanh(bf16(beta * bf16(x + bf16(kappa * cube))));
      const float left = bf16(0.5f * x), left_derivative = bf16(0.5f * bf16(1 + tanh_inner));
      const float tanh_derivative = bf16(1 - bf16(tanh_inner * tanh_inner));
      const float inner_derivative = bf16(beta * bf16(1 + bf16(bf16(3 * kappa) * x_sq)));
      return bf16(g * bf16(left_derivative + bf16(bf16(left * tanh_derivative) * inner_derivative)));
    }
    default: {  // gelu: Φ(x) + x·φ(x)
      const float alpha = bf16(float(sqrt2 / 2)), beta = bf16(float(inv_sqrtpi * sqrt2 / 2));
      const float cdf = bf16(0.5f * bf16(1 + f.erf(bf16(x * alpha))));
      const float pdf = bf16(beta * f.exp(bf16(bf16(x * x) * -0.5f)));
      return bf16(g * bf16(cdf + bf16(x * pdf)));
    }
  }
}

// Whether PyTorch's loop reads x in vector blocks at all: not when its innermost elements are
// apart (a strided slice), where every element takes the scalar formula.
bool read_in_blocks(const Tensor& x) { return x.is_contiguous() || x.strides().back() == 1; }

// out[i] = f(a[i], b[i], i in a whole block) over dense copies of same-shaped a and b; with
// `blocks` false no element is in one.
template <class F>
Tensor dense_map(const Tensor& a_in, const Tensor& b_in, bool blocks, F f) {
  Tensor a = contiguous_copy(a_in), b = contiguous_copy(b_in), out = empty(a.shape(), a.dtype());
  dispatch(a.dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      const int64_t n = out.numel(), block = 2 * 32 / int64_t(sizeof(T)), blocks_end = blocks ? n - n % block : 0;
      const T *x = a.data<T>(), *y = b.data<T>();
      T* o = out.data<T>();
      for (int64_t i = 0; i < n; ++i) o[i] = f(x[i], y[i], i < blocks_end);
    }
  });
  return out;
}

// bfloat16's dense_map: f(float, float, in a whole block) → float on the widened elements, each
// result rounded back once. A block is PyTorch's loop step: two vectors of 16 bfloat16.
template <class F>
Tensor bfloat16_map(const Tensor& a_in, const Tensor& b_in, bool blocks, F f) {
  Tensor a = contiguous_copy(to_dtype(detach(a_in), DType::Float32));
  Tensor b = contiguous_copy(to_dtype(detach(b_in), DType::Float32));
  Tensor out = empty(a.shape(), DType::Float32);
  const int64_t n = out.numel(), block = 32, blocks_end = blocks ? n - n % block : 0;
  const float *x = a.data<float>(), *y = b.data<float>();
  float* o = out.data<float>();
  for (int64_t i = 0; i < n; ++i) o[i] = f(x[i], y[i], i < blocks_end);
  return to_dtype(out, DType::BFloat16);
}

// PyTorch 1.13's use_mkldnn(input) for gelu: a contiguous float32 or bfloat16 tensor of more
// than one element.
bool computed_by_onednn(Activation op, const Tensor& x) {
  return op == Activation::Gelu && (x.dtype() == DType::Float32 || x.dtype() == DType::BFloat16) &&
         x.is_contiguous() && x.numel() > 1;
}

// Whether bfloat16 takes PyTorch's generic kernel, rounding every operation.
bool rounds_each_operation(Activation op, bool onednn) {
  return op == Activation::Silu || op == Activation::GeluTanh || (op == Activation::Gelu && !onednn);
}

Tensor number(double v) { return wrapped_scalar(v, DType::Float64); }
Tensor unary_of(Unary op, const Tensor& x) { return unary(op, x); }

// silu's and mish's gradients in a recording backward: composed of recorded ops, as PyTorch's
// infinitely differentiable formulas are (they have no double-backward op of their own).
//   silu: g·σ(x)·(1 + x·(1 − σ(x)));  mish: g·(t + x·σ(x)·(1 − t²)), t = tanh(log1p(exp(x)))
Tensor composed_backward(Activation op, const Tensor& g, const Tensor& x) {
  const Tensor sigmoid = unary_of(Unary::Sigmoid, x);
  if (op == Activation::Silu) return mul(mul(g, sigmoid), add_scalar(mul(x, sub(number(1), sigmoid)), 1));
  const Tensor t = unary_of(Unary::Tanh, unary_of(Unary::Log1p, exp(x)));
  return mul(g, add(t, mul(mul(x, sigmoid), sub(number(1), mul(t, t)))));
}

Tensor activation_backward(Activation op, const Tensor& g, const Tensor& x, const ActivationParams& p);

// d(g·f'(x))/dx = g·f''(x), times gg, written with recorded ops.
Tensor second_derivative(Activation op, const Tensor& gg, const Tensor& g, const Tensor& x, const ActivationParams& p) {
  using std::numbers::sqrt2, std::numbers::inv_sqrtpi;
  const Tensor c = mul(gg, g), x_sq = mul(x, x), zero = number(0);
  switch (op) {
    case Activation::Gelu: {  // φ(x)·(2 − x²)
      const Tensor pdf = mul_scalar(exp(mul_scalar(x_sq, -0.5)), inv_sqrtpi * sqrt2 / 2);
      return mul(c, mul(pdf, sub(number(2), x_sq)));
    }
    case Activation::GeluTanh: {  // (1 − t²)·(u' + x·(u'' − 2t·u'²)/2), t = tanh u, u = β(x + κx³)
      const double beta = sqrt2 * inv_sqrtpi, kappa = 0.044715;
      const Tensor t = unary_of(Unary::Tanh, mul_scalar(add(x, mul_scalar(mul(x_sq, x), kappa)), beta));
      const Tensor du = mul_scalar(add(number(1), mul_scalar(x_sq, 3 * kappa)), beta);
      const Tensor d2u = mul_scalar(x, 6 * beta * kappa);
      const Tensor inner = add(du, mul_scalar(mul(x, sub(d2u, mul_scalar(mul(t, mul(du, du)), 2))), 0.5));
      return mul(c, mul(sub(number(1), mul(t, t)), inner));
    }
    case Activation::Elu:  // PyTorch's formula: elu's gradient of gg·g·input_scale, kept where x < 0
      return mul(activation_backward(op, mul_scalar(c, p.c), x, p), to_dtype(lt(x, zero), x.dtype()));
    case Activation::Softplus: {  // βx ≤ threshold: β·σ(βx)·(1 − σ(βx))
      const Tensor z = unary_of(Unary::Sigmoid, mul_scalar(x, p.a));
      return where(le(mul_scalar(x, p.a), number(p.b)), mul(c, mul_scalar(mul(z, sub(number(1), z)), p.a)), zero);
    }
    case Activation::Hardswish:  // −3 < x < 3: 1/3
      return where(logical_and(gt(x, number(-3)), lt(x, number(3))), div(c, number(3)), zero);
    default:  // hardtanh: piecewise constant
      return zeros_like(gg);
  }
}

// grad·f'(x) by the forward's kernels; in a recording backward an op of its own
// (GeluBackwardBackward0 for GeluBackward0, ...) whose derivatives are d/dg = the same op of gg
// and d/dx = gg·g·f''(x). PyTorch has no such derivative for hardsigmoid: its node says so.
Tensor activation_backward(Activation op, const Tensor& g, const Tensor& x, const ActivationParams& p) {
  if ((op == Activation::Silu || op == Activation::Mish) && needs_grad(g, x)) return composed_backward(op, g, x);
  const bool onednn = computed_by_onednn(op, x);
  const auto derivative = [op, p, onednn](auto gv, auto xv, bool vectorised) {
    if constexpr (std::is_same_v<decltype(gv), float>)
      if (onednn) return gv * onednn::gelu_derivative(xv);
    return derivative_value(op, gv, xv, vectorised, p);
  };
  Tensor dx;
  if (x.dtype() != DType::BFloat16) dx = dense_map(g, x, read_in_blocks(x), derivative);
  else if (op == Activation::Hardtanh) fail("\"hardshrink_backward_cpu\" not implemented for 'BFloat16'");
  else if (rounds_each_operation(op, onednn))
    dx = bfloat16_map(g, x, read_in_blocks(x), [op](float gv, float xv, bool v) { return bfloat16_derivative(op, gv, xv, v); });
  else dx = bfloat16_map(g, x, read_in_blocks(x), derivative);
  if (!needs_grad(g, x)) return dx;
  if (op == Activation::Hardsigmoid) {
    const auto fail_here = [](const BackwardContext&) -> Grads {
      fail("derivative for aten::hardsigmoid_backward is not implemented");
    };
    const bool both = g.requires_grad() && x.requires_grad();
    if (both) record("NotImplemented", dx, {g, x}, {}, fail_here);
    else record("NotImplemented", dx, {g.requires_grad() ? g : x}, {}, fail_here);
    return dx;
  }
  const std::string name = kActivations[size_t(op)].backward_name;
  record(name.substr(0, name.size() - 1) + "Backward0", dx, {g, x}, {g, x}, [op, p](const BackwardContext& c) {
    const Tensor &gg = c.grad(), &g = c.saved(0), &x = c.saved(1);
    return Grads{c.needs(0) ? activation_backward(op, gg, x, p) : Tensor{},
                 c.needs(1) ? second_derivative(op, gg, g, x, p) : Tensor{}};
  });
  return dx;
}

}  // namespace

std::string_view activation_name(Activation op) { return kActivations[size_t(op)].name; }

Tensor activation(Activation requested, const Tensor& x, const ActivationParams& given) {
  const ActivationDef& d = kActivations[size_t(requested)];
  if (requested == Activation::Celu && given.a == 0) fail("ZeroDivisionError: alpha cannot be 0 for CELU");
  const bool missing = x.dtype() == DType::Float16 || (x.dtype() == DType::BFloat16 && requested == Activation::Mish);
  if (!is_floating(x.dtype()) || missing) {  // PyTorch 1.13 has no such kernel either
    const bool by_numbers = x.dtype() == DType::Float16 && requested == Activation::Hardtanh;  // clamp's overload for numbers
    fail('"', by_numbers ? "clamp_scalar_cpu" : d.kernel, "\" not implemented for '", scalar_type_name(x.dtype()), "'");
  }
  // What computes: celu is elu with scale 1 and input_scale 1/α.
  const Activation op = requested == Activation::Celu ? Activation::Elu : requested;
  const ActivationParams p = requested == Activation::Celu ? ActivationParams{given.a, 1, 1 / given.a} : given;
  const bool onednn = computed_by_onednn(op, x);
  const bool blocks = read_in_blocks(x);
  const auto forward = [op, p, onednn](auto v, auto, bool vectorised) {
    if constexpr (std::is_same_v<decltype(v), float>)
      if (onednn) return onednn::gelu(v);
    return forward_value(op, v, vectorised, p);
  };
  Tensor y;
  if (x.dtype() != DType::BFloat16) y = dense_map(x, x, blocks, forward);
  else if (rounds_each_operation(op, onednn))
    y = bfloat16_map(x, x, blocks, [op](float v, float, bool vectorised) { return bfloat16_forward(op, v, vectorised); });
  else y = bfloat16_map(x, x, blocks, forward);
  if (needs_grad(x))
    record(d.backward_name, y, {x}, {x}, [op, p](const BackwardContext& c) {
      return Grads{activation_backward(op, c.grad(), c.saved(0), p)};
    });
  return y;
}

}  // namespace gb
