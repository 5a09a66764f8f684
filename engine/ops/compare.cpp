// Tests of one tensor (isnan, logical_not, ...), bitwise_not, where, nonzero, clamp, isclose
// and equal. (The comparisons, logical and bitwise ops of two operands, and maximum/minimum,
// are rows of ops/elementwise/binary.cpp.)
//
// Shapes: operands broadcast together. Gradients flow only through where and clamp: each
// operand gets the incoming gradient where it was the one selected, summed back to its own shape.
#include <algorithm>
#include <cmath>
#include <type_traits>

#include "autograd/record.h"
#include "ops/elementwise.h"
#include "ops/type_promotion.h"
#include "tensor/overlap.h"

namespace gb {

namespace {

Tensor zero() { return wrapped_scalar(0, DType::Int64); }

template <class F>
Tensor unary_predicate(const Tensor& a, F f) {
  return unary_map(a, a.dtype(), DType::Bool, f);
}

// The largest or smallest value of a dtype, as a 0-dim tensor (an absent clamp bound).
Tensor range_end(DType t, bool upper) {
  Tensor e = empty({}, t);
  dispatch(t, [&](auto tag) {
    using T = decltype(tag);
    *e.data<T>() = upper ? highest<T>() : lowest<T>();
  });
  return e;
}

// out = clamp(x, lo, hi) elementwise; nan in x stays nan.
void clamp_into(const Tensor& out, const Tensor& x, const Tensor& lo, const Tensor& hi) {
  DType t = out.dtype();
  if (is_reduced_float(t)) {  // a selection, so exact in float32
    auto wide = [t](const Tensor& v) { return v.defined() ? widened(v, t) : v; };
    Tensor result = empty(out.shape(), DType::Float32);
    clamp_into(result, wide(x), wide(lo), wide(hi));
    copy_values(out, result);
    return;
  }
  Tensor a = as_dtype(x, t);
  Tensor l = lo.defined() ? as_dtype(lo, t) : range_end(t, false);
  Tensor h = hi.defined() ? as_dtype(hi, t) : range_end(t, true);
  const Shape& shape = out.shape();
  dispatch(t, [&](auto tag) {
    using T = decltype(tag);
    ternary_kernel(out.data<T>(), shape, out.strides(), a.data<T>(), broadcast_strides(a.shape(), a.strides(), shape),
                   l.data<T>(), broadcast_strides(l.shape(), l.strides(), shape), h.data<T>(),
                   broadcast_strides(h.shape(), h.strides(), shape), [](T v, T low, T high) {
                     if (v != v) return v;
                     T m = v < low ? low : v;
                     return high < m ? high : m;
                   });
  });
}

// Which bounds a clamp was given, and whether they are tensors (ClampBackward0, with
// gradients for the bounds) or Python numbers (ClampBackward1).
struct Bounds {
  bool lo, hi, tensors;
};

// d clamp/dx = 1 inside [lo, hi], 0 outside; a tensor bound gets the gradient where it won
// (PyTorch also gives it to max where max < min, since max is applied last).
Grads clamp_backward(const BackwardContext& c, Bounds b, const Operand& self) {
  const Tensor& g = c.grad();
  const Tensor& x = c.saved(0);
  Tensor lo = b.lo ? c.saved(1) : Tensor{};
  Tensor hi = b.hi ? c.saved(b.lo ? 2 : 1) : Tensor{};
  Grads out(3);
  if (c.needs(0)) {
    Tensor inside = b.lo && b.hi ? logical_and(ge(x, lo), le(x, hi)) : b.lo ? ge(x, lo) : le(x, hi);
    out[0] = reduce_grad(where(inside, g, zero()), self);
  }
  if (b.tensors && b.lo && c.needs(1)) {
    Tensor won = b.hi ? logical_and(lt(x, lo), lt(lo, hi)) : lt(x, lo);
    out[1] = reduce_grad(where(won, g, zero()), Operand(lo));
  }
  if (b.tensors && b.hi && c.needs(2)) {
    Tensor won = b.lo ? logical_or(gt(x, hi), lt(hi, lo)) : gt(x, hi);
    out[2] = reduce_grad(where(won, g, zero()), Operand(hi));
  }
  return out;
}

Bounds check_bounds(const Tensor& lo, const Tensor& hi) {
  if (!lo.defined() && !hi.defined()) fail("torch.clamp: At least one of 'min' or 'max' must not be None");
  bool tensors = (lo.defined() && !lo.impl()->wrapped_number) || (hi.defined() && !hi.impl()->wrapped_number);
  return {lo.defined(), hi.defined(), tensors};
}

// PyTorch 1.13's CPU build computes a float16 clamp only with a single bound given as a tensor;
// otherwise the kernel its overload picks is missing.
void check_clamp_kernel(DType t, const Tensor& lo, const Tensor& hi) {
  if (t != DType::Float16) return;
  auto number = [](const Tensor& bound) { return bound.impl()->wrapped_number; };
  const char* kernel = nullptr;
  if (lo.defined() && hi.defined()) kernel = number(lo) || number(hi) ? "clamp_scalar_cpu" : "clamp_cpu";
  else if (lo.defined() && number(lo)) kernel = "clamp_min_cpu";
  else if (hi.defined() && number(hi)) kernel = "clamp_max_scalar_cpu";
  if (kernel) fail("\"", kernel, "\" not implemented for 'Half'");
}

Shape clamp_shape(const Tensor& x, const Tensor& lo, const Tensor& hi) {
  Shape shape = x.shape();
  if (lo.defined()) shape = broadcast_shapes(shape, lo.shape());
  if (hi.defined()) shape = broadcast_shapes(shape, hi.shape());
  return shape;
}

// The node names of clamp and of clamp_min/clamp_max, for tensor bounds and for numbers.
struct ClampNodes {
  const char* tensors;
  const char* numbers;
};
constexpr ClampNodes kClampNodes{"ClampBackward0", "ClampBackward1"};
constexpr ClampNodes kClampMinNodes{"ClampMinBackward1", "ClampMinBackward0"};
constexpr ClampNodes kClampMaxNodes{"ClampMaxBackward1", "ClampMaxBackward0"};

void record_clamp(const Tensor& out, const Tensor& x, const Tensor& lo, const Tensor& hi, Bounds b,
                  const Tensor& x_saved, ClampNodes nodes) {
  auto fn = [b, self = Operand(x)](const BackwardContext& c) { return clamp_backward(c, b, self); };
  const char* name = b.tensors ? nodes.tensors : nodes.numbers;
  Tensor l = b.tensors ? lo : Tensor{}, h = b.tensors ? hi : Tensor{};
  if (b.lo && b.hi) record(name, out, {x, l, h}, {x_saved, lo, hi}, fn);
  else if (b.lo) record(name, out, {x, l, h}, {x_saved, lo}, fn);
  else record(name, out, {x, l, h}, {x_saved, hi}, fn);
}

// Whether clamp records a node: grad mode is on and self, or a tensor bound, requires grad.
bool clamp_needs_grad(const Tensor& x, const Tensor& lo, const Tensor& hi, const Bounds& b) {
  auto bound = [](const Tensor& t) { return t.defined() && t.requires_grad(); };
  return grad_enabled() && (x.requires_grad() || (b.tensors && (bound(lo) || bound(hi))));
}

}  // namespace

Tensor logical_not(const Tensor& a) { return unary_predicate(a, [](auto x) { return x == 0; }); }

Tensor isnan(const Tensor& a) { return unary_predicate(a, [](auto x) { return x != x; }); }
Tensor isinf(const Tensor& a) { return unary_predicate(a, [](auto x) { return std::isinf(double(x)); }); }
Tensor isfinite(const Tensor& a) { return unary_predicate(a, [](auto x) { return std::isfinite(double(x)); }); }

Tensor bitwise_not(const Tensor& a) {
  if (is_floating(a.dtype())) fail("\"bitwise_not_cpu\" not implemented for '", scalar_type_name(a.dtype()), "'");
  if (a.dtype() == DType::Bool) return logical_not(a);
  return unary_map(a, a.dtype(), a.dtype(), [](auto x) {
    using T = decltype(x);
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) return T(~x);
    else return x;  // never called: bool and floating dtypes went elsewhere
  });
}

// where(cond, a, b): a where cond holds, else b. WhereBackward0 splits the gradient the same way.
Tensor where(const Tensor& cond, const Tensor& a, const Tensor& b) {
  if (cond.dtype() != DType::Bool)
    fail("where expected condition to be a boolean tensor, but got a tensor with dtype ", scalar_type_name(cond.dtype()));
  DType t = result_type(a, b);
  Shape shape = broadcast_shapes(broadcast_shapes(cond.shape(), a.shape()), b.shape());
  Tensor out = empty(shape, t), x = as_dtype(a, t), y = as_dtype(b, t);
  dispatch_stored(t, [&](auto tag) {
    using T = decltype(tag);
    ternary_kernel(out.data<T>(), shape, out.strides(), cond.data<bool>(),
                   broadcast_strides(cond.shape(), cond.strides(), shape), x.data<T>(),
                   broadcast_strides(x.shape(), x.strides(), shape), y.data<T>(),
                   broadcast_strides(y.shape(), y.strides(), shape), [](bool c, T u, T v) { return c ? u : v; });
  });
  if (needs_grad(a, b))
    record("WhereBackward0", out, {a, b}, {cond},
           [oa = Operand(a), ob = Operand(b)](const BackwardContext& c) {
             const Tensor& g = c.grad();
             const Tensor& k = c.saved(0);
             return Grads{c.needs(0) ? reduce_grad(where(k, g, zero()), oa) : Tensor{},
                          c.needs(1) ? reduce_grad(where(k, zero(), g), ob) : Tensor{}};
           });
  return out;
}

// The coordinates of the non-zero elements, one row each, in row-major order: [n, rank].
Tensor nonzero(const Tensor& t) {
  Tensor truth = contiguous_copy(ne(t, zero()));
  const bool* p = truth.data<bool>();
  const int64_t rank = t.dim();
  int64_t n = std::count(p, p + truth.numel(), true);
  Tensor out = empty({n, rank}, DType::Int64);
  int64_t* o = out.data<int64_t>();
  for (int64_t i = 0; i < truth.numel(); ++i) {
    if (!p[i]) continue;
    for (int64_t d = rank, rest = i; d-- > 0; rest /= t.shape()[size_t(d)]) o[d] = rest % t.shape()[size_t(d)];
    o += rank;
  }
  return out;
}

namespace {

Tensor clamped(const Tensor& x, const Tensor& lo, const Tensor& hi, ClampNodes nodes) {
  Bounds b = check_bounds(lo, hi);
  Tensor out = empty(clamp_shape(x, lo, hi), result_type({x, lo, hi}));
  check_clamp_kernel(out.dtype(), lo, hi);
  clamp_into(out, x, lo, hi);
  if (clamp_needs_grad(x, lo, hi, b)) record_clamp(out, x, lo, hi, b, x, nodes);
  return out;
}

Tensor clamped_(const Tensor& self, const Tensor& lo, const Tensor& hi, ClampNodes nodes) {
  Bounds b = check_bounds(lo, hi);
  check_inplace(self);
  check_no_internal_overlap(self);
  check_no_partial_overlap(self, lo);
  check_no_partial_overlap(self, hi);
  DType t = result_type({self, lo, hi});
  if (!can_cast(t, self.dtype()))
    fail("result type ", scalar_type_name(t), " can't be cast to the desired output type ", cpp_type_name(self.dtype()));
  Shape shape = clamp_shape(self, lo, hi);
  if (shape != self.shape())
    fail("output with shape ", shape_str(self.shape()), " doesn't match the broadcast shape ", shape_str(shape));
  check_clamp_kernel(self.dtype(), lo, hi);
  bool grad = clamp_needs_grad(self, lo, hi, b);
  Tensor before = grad ? clone(self) : Tensor{};  // recorded: self's old history
  clamp_into(self, self, lo, hi);
  bump_version(self);
  if (grad) record_clamp(self, self, lo, hi, b, before, nodes);
  return self;
}

}  // namespace

Tensor clamp(const Tensor& x, const Tensor& lo, const Tensor& hi) { return clamped(x, lo, hi, kClampNodes); }
Tensor clamp_(const Tensor& self, const Tensor& lo, const Tensor& hi) { return clamped_(self, lo, hi, kClampNodes); }
Tensor clamp_min(const Tensor& x, const Tensor& lo) { return clamped(x, lo, {}, kClampMinNodes); }
Tensor clamp_max(const Tensor& x, const Tensor& hi) { return clamped(x, {}, hi, kClampMaxNodes); }
Tensor clamp_min_(const Tensor& self, const Tensor& lo) { return clamped_(self, lo, {}, kClampMinNodes); }
Tensor clamp_max_(const Tensor& self, const Tensor& hi) { return clamped_(self, {}, hi, kClampMaxNodes); }

// |a - b| <= atol + rtol·|b| (or both equal, including infinities; nan only with equal_nan).
Tensor isclose(const Tensor& a, const Tensor& b, double rtol, double atol, bool equal_nan) {
  if (a.dtype() != b.dtype()) fail(scalar_type_name(a.dtype()), " did not match ", scalar_type_name(b.dtype()));
  DType t = is_floating(a.dtype()) ? a.dtype() : default_dtype();
  return binary_map(a, b, t, DType::Bool, [rtol, atol, equal_nan](auto x, auto y) {
    using T = decltype(x);
    if (x == y) return true;
    if (x != x || y != y) return equal_nan && x != x && y != y;
    T error = std::abs(x - y);
    return std::isfinite(error) && error <= T(atol) + std::abs(T(rtol) * y);
  });
}

bool equal(const Tensor& a, const Tensor& b) {
  if (a.shape() != b.shape()) return false;
  Tensor same = eq(a, b);
  const bool* p = same.data<bool>();
  return std::all_of(p, p + same.numel(), [](bool v) { return v; });
}

}  // namespace gb
